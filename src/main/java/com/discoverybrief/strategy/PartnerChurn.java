package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.CHURN_REASONS;
import static com.discoverybrief.strategy.AnswerField.CONSTRAINTS;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dealers, distributors or partners who sell for the client leave (finding 70): that is a channel of sales lost
 * whole, a named problem however often the remaining ones reorder. When the client's own words name a channel of
 * their own as the cause — "our store on WB sells cheaper than the dealers' showrooms" — that channel is not kept
 * and measured: the first step is one retail price (the client's own store not below the dealers' price, or
 * closed), and the verdict on the channel says so. No structured fact says who leaves, so the client's answer on
 * why clients leave decides (and the constraints, where they name the partners too), as the client's words on
 * Instagram do for {@link BlockedPlatforms}.
 */
final class PartnerChurn {

    /** The texts are lower-cased once before matching: a case-insensitive Unicode match costs far more (JMH). */
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private static final Pattern PARTNERS = Pattern.compile(
            "дилер|дистрибь?ют|партн[её]р|франчайзи|реселлер|оптовик|dealer|distributor|partner|reseller|franchisee"
                    + "|wholesaler", FLAGS);

    private static final List<String> PARTNER_STEMS = List.of("дилер", "дистрибут", "дистрибьют", "партнер", "партнёр",
            "франчайзи", "реселлер", "оптовик", "dealer", "distributor", "partner", "reseller", "franchisee", "wholesaler");
    private static final List<String> LEAVE_STEMS = List.of("уход", "уйд", "уйт", "ушл", "ушёл", "ушел", "теря",
            "потеря", "отказыва", "leav", "left", "lost", "quit");
    private static final Pattern CLAUSES = Pattern.compile("[,.;:!?()\\n]");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** How many words apart a partner word and a word of leaving may stand in one clause. */
    private static final int NEAR = 4;

    /** The channels the client's words can name as the cause, by the words that name them. */
    private static final Map<Channel, Pattern> CAUSES = Map.of(Channel.MARKETPLACES, Pattern.compile(
            "\\b(wb|вб|ozon)\\b|wildberries|вайлдберриз|озон|маркетплейс|яндекс[ .-]?маркет|мегамаркет|marketplace"
                    + "|megamarket", FLAGS));

    /** Partners leave, and the client's own words say so. */
    static final Rule PARTNERS_LEAVE = new Rule("partners-leave", PartnerChurn::partnersLeave,
            (answers, cite) -> List.of(Proposal.doFirst(Channel.PARTNER_MARKETING, Kpi.RETENTION_RATE,
                    Horizon.THREE_TO_SIX_MONTHS, Need.PARTNERS_LEAVE, cite.answers(answers, CHURN_REASONS))));

    /** The client's own channel undercuts the partners and they leave for it: one retail price first. */
    static final Rule ONE_RETAIL_PRICE = new Rule("one-retail-price", answers -> cause(answers) != null,
            (answers, cite) -> List.of(Proposal.doFirst(Channel.PRICING, Kpi.RETENTION_RATE,
                    Horizon.ONE_TO_THREE_MONTHS, Need.PARTNERS_LEAVE, cite.answers(answers, CHURN_REASONS))));

    static final List<Rule> ALL = List.of(ONE_RETAIL_PRICE, PARTNERS_LEAVE);

    /**
     * The share of the monthly budget the programme that keeps the partners gets while it runs (finding 89: 72): a
     * manager's time for the partners, their incentives and protected price, samples and materials for their showrooms —
     * the work that closes the biggest named gap is a programme with real money, not a catalogue trifle of 1 %.
     */
    static final int PROGRAMME_PERCENT = 25;

    private PartnerChurn() {
    }

    /** Whether this line is the partner programme that answers the partners leaving: it runs the whole plan. */
    static boolean programme(Recommendation recommendation) {
        return recommendation.channel() == Channel.PARTNER_MARKETING
                && recommendation.reasons().stream().anyMatch(reason -> reason.rule().equals(PARTNERS_LEAVE.id()));
    }

    /** What the partner programme gets over {@code months} (a fraction of the plan's months), {@code monthly} the budget. */
    static double programmeMoney(long monthly, double months) {
        return monthly * PROGRAMME_PERCENT / 100.0 * months;
    }

    static boolean partnersLeave(Answers answers) {
        String churn = answers.text(CHURN_REASONS);
        if (churn == null) {
            return false;
        }
        // the partners are the ones who leave: a partner word and a word of leaving a few words apart in one clause
        // («ушли 7 дилеров», «дилеры уходят») — not «бары уходят, когда дистрибьютор даёт…», where the client's
        // clients leave for a competitor's distributor (adv13f, scenario 78); words, not a regex: it runs per rule
        String lower = answers.lowerCase(CHURN_REASONS);
        if (PARTNER_STEMS.stream().noneMatch(lower::contains)) {
            return false;
        }
        for (String clause : CLAUSES.split(lower)) {
            String[] words = WORDS.split(clause);
            for (int i = 0; i < words.length; i++) {
                if (startsWithAny(words[i], PARTNER_STEMS)) {
                    for (int j = Math.max(0, i - NEAR); j < Math.min(words.length, i + NEAR + 1); j++) {
                        if (startsWithAny(words[j], LEAVE_STEMS)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsWithAny(String word, List<String> stems) {
        for (String stem : stems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The channel the client runs (and does not earn with) that its words on why partners leave name as the
     * cause, or {@code null}.
     */
    static Channel cause(Answers answers) {
        if (!partnersLeave(answers)) {
            return null;
        }
        for (AnswerField field : List.of(CHURN_REASONS, CONSTRAINTS)) {
            String text = answers.lowerCase(field);
            if (text == null || field == CONSTRAINTS && !PARTNERS.matcher(text).find()) {
                continue;
            }
            for (Map.Entry<Channel, Pattern> cause : CAUSES.entrySet()) {
                if (cause.getValue().matcher(text).find() && Signals.runs(answers, cause.getKey())
                        && !Signals.profitsFrom(answers, cause.getKey())) {
                    return cause.getKey();
                }
            }
        }
        return null;
    }

    /** The channel that drives the partners away is not kept and measured: it is taken out, with why. */
    static List<Exclusions.Exclusion> apply(Answers answers, Map<Channel, Draft> drafts) {
        Channel cause = cause(answers);
        List<Exclusions.Exclusion> excluded = new ArrayList<>();
        if (cause == null) {
            return excluded;
        }
        for (Iterator<Draft> it = drafts.values().iterator(); it.hasNext();) {
            if (it.next().channel() == cause) {
                it.remove();
                excluded.add(new Exclusions.Exclusion(cause, VerdictReason.UNDERCUTS_PARTNERS));
            }
        }
        return excluded;
    }
}
