package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.CHURN_REASONS;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Why clients leave" answered with calls nobody took (finding 64: «в пик не дозвонились — уехали к
 * стационару"): those people never became clients, so it is not churn and not the first weeks of a
 * client — it is the handling of calls. Missed calls called back within minutes, online booking on the
 * site and the map card, a booking for the nearest free day instead of a refusal. It is not a leak of
 * clients ({@link Signals#churnProblem}), so retention work does not answer it.
 */
final class LostCalls {

    private static final Pattern CALLS = Pattern.compile("не\\s*дозвон|недозвон|не\\s+(?:смогл\\S*|мог\\S*)\\s+дозвон"
            + "|не\\s+(?:бер[её]м|брали|взяли|берут|успева\\S*\\s+брать)\\s+трубк|пропущенн\\S*\\s+(?:звон|вызов)"
            + "|couldn.?t get through|could not get through|missed calls?|(?:nobody|no one) answer");

    /** One of these is in every text {@link #CALLS} matches. */
    private static final List<String> MARKERS = List.of("дозвон", "трубк", "пропущенн", "through", "missed call", "answer");

    private LostCalls() {
    }

    /** Every reason for leaving the client named is a call nobody answered (at least one is named). */
    static boolean only(Answers answers) {
        String reasons = answers.churnReasons();
        if (reasons == null || reasons.isBlank()) {
            return false;
        }
        String lower = answers.lowerCase(AnswerField.CHURN_REASONS);
        // asked on every look at churn: a word every match needs is looked for first, the pattern only then (JMH)
        if (MARKERS.stream().noneMatch(lower::contains)) {
            return false;
        }
        List<String> clauses = Arrays.stream(lower.split("[;.\\n]"))
                .filter(clause -> !clause.isBlank()).toList();
        return !clauses.isEmpty() && clauses.stream().allMatch(clause -> CALLS.matcher(clause).find());
    }

    /** Calls lost before anyone became a client: the handling of calls and online booking, first. */
    static final Rule LOST_CALLS = new Rule("lost-calls", LostCalls::only,
            (answers, cite) -> List.of(Proposal.doFirst(Channel.OPTIMISATION, Kpi.CONVERSION_RATE,
                    Horizon.TWO_TO_FOUR_WEEKS, Need.LEADS_LOST, cite.answers(answers, CHURN_REASONS))));

    static final List<Rule> ALL = List.of(LOST_CALLS);
}
