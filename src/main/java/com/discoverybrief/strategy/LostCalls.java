package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.CHURN_REASONS;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Why clients leave" answered with enquiries lost before anyone bought (finding 64: «в пик не дозвонились —
 * уехали к стационару»; finding 76: «21 % звонков пропущены … из принятых записываются 48 %», «40 % обращений
 * … пропадают; на чаты отвечают через 2-3 часа»): those people never became clients, so it is not churn and not
 * the first weeks of a client — it is the handling of enquiries. Missed calls called back within minutes, chats
 * answered within minutes, a booking script and online booking, a booking for the nearest free day instead of
 * a refusal. It is not a leak of clients ({@link Signals#churnProblem}), so retention work does not answer it,
 * and it is the cheapest growth the client has: no extra traffic is bought before it.
 */
final class LostCalls {

    private static final Pattern CALLS = Pattern.compile("не\\s*дозвон|недозвон|не\\s+(?:смогл\\S*|мог\\S*)\\s+дозвон"
            + "|не\\s+(?:бер[её]м|брали|взяли|берут|успева\\S*\\s+брать)\\s+трубк|пропущенн\\S*\\s+(?:звон|вызов)"
            + "|couldn.?t get through|could not get through|missed calls?|(?:nobody|no one) answer");

    /** One of these is in every text {@link #CALLS} matches. */
    private static final List<String> MARKERS = List.of("дозвон", "трубк", "пропущенн", "through", "missed call", "answer");

    /**
     * The other ways an enquiry is lost before the sale, each tied to the enquiry it speaks of (a call, a chat, an
     * enquiry, a booking, a treatment plan or estimate), never a bare "we lose" or "they leave".
     */
    private static final Pattern ENQUIRIES = Pattern.compile(
            // calls missed or not called back: «21 % звонков в часы пик пропущены», «перезваниваем не всем»
            "звонк\\S*[^;]*?пропущ|пропу(?:ска|щ)\\S*\\s+(?:\\S+\\s+){0,2}?звонк|перезванива\\S*\\s+не\\s+все"
                    + "|не\\s+(?:всем\\s+)?перезванива"
                    // a reply that takes hours: «на чаты отвечают через 2-3 часа», «на заявки отвечаем на следующий день»
                    + "|(?:чат|сообщени|заявк|обращени|письм|мессендж|вотсап|whatsapp|телеграм)\\S*[^;]*?отвеча\\S*\\s+"
                    + "(?:только\\s+)?(?:через|спустя|на\\s+следующий|к\\s+вечеру)"
                    // enquiries that vanish: «40 % обращений … пропадают», «заявки теряются»
                    + "|(?:обращени|заявк|запрос)\\S*[^;]*?(?:пропада|теря|не\\s+доход|сливаю)"
                    // few of those who called book: «из принятых записываются 48 %»
                    + "|записыва\\S*\\s+(?:только\\s+|лишь\\s+)?\\d+(?:[,.]\\d+)?\\s*%|\\d+(?:[,.]\\d+)?\\s*%\\s+(?:\\S+\\s+){0,2}?записыва"
                    // a treatment plan or an estimate few accept: «план лечения на имплантацию принимают 30 %»
                    + "|(?:план\\S*\\s+лечени|смет|коммерческ\\S*\\s+предложени)[^;]*?(?:принима|соглаша|подписыва)"
                    + "|(?:chats?|messages?|enquir\\w*|leads?)\\b[^;]*?(?:answer|repl)\\w*\\s+(?:only\\s+)?(?:after|the next day)"
                    + "|(?:enquir\\w*|leads?)\\b[^;]*?(?:vanish|disappear|get lost|are lost|go cold)"
                    + "|\\d+\\s*%\\s+(?:of them\\s+)?book|book\\w*\\s+only\\s+\\d+\\s*%");

    /** One of these is in every text {@link #ENQUIRIES} matches. */
    private static final List<String> ENQUIRY_MARKERS = List.of("звонк", "перезванива", "отвеча", "обращени", "заявк",
            "запрос", "записыва", "принима", "соглаша", "подписыва", "answer", "repl", "enquir", "lead", "book");

    /** A clause about clients coming back (or not) speaks of clients who bought: it is never a lost enquiry. */
    private static final Pattern COMING_BACK = Pattern.compile(
            "повтор|снова|возвращ|ещё\\s+раз|еще\\s+раз|again|return|repeat|renew|продлева");

    private LostCalls() {
    }

    /** Every reason for leaving the client named is a call nobody answered (at least one is named). */
    static boolean only(Answers answers) {
        return answers.wordFact(Answers.WordFact.CALLS_LOST, a -> every(a, false));
    }

    /**
     * Every reason for leaving the client named is an enquiry lost before the sale — a call nobody answered or
     * called back, a chat answered hours later, an enquiry that vanished, a caller who did not book, a plan
     * nobody accepted (at least one is named).
     */
    static boolean beforeTheSale(Answers answers) {
        return answers.wordFact(Answers.WordFact.ENQUIRIES_LOST_BEFORE_SALE, a -> every(a, true));
    }

    private static boolean every(Answers answers, boolean anyEnquiry) {
        String reasons = answers.churnReasons();
        if (reasons == null || reasons.isBlank()) {
            return false;
        }
        String lower = answers.lowerCase(AnswerField.CHURN_REASONS);
        // asked on every look at churn: a word every match needs is looked for first, the pattern only then (JMH)
        if (MARKERS.stream().noneMatch(lower::contains)
                && (!anyEnquiry || ENQUIRY_MARKERS.stream().noneMatch(lower::contains))) {
            return false;
        }
        List<String> clauses = Arrays.stream(lower.split("[;.\\n]"))
                .filter(clause -> !clause.isBlank()).toList();
        return !clauses.isEmpty() && clauses.stream().allMatch(clause -> CALLS.matcher(clause).find()
                || anyEnquiry && !COMING_BACK.matcher(clause).find() && ENQUIRIES.matcher(clause).find());
    }

    /** Calls lost before anyone became a client: the handling of calls and online booking, first. */
    static final Rule LOST_CALLS = new Rule("lost-calls", LostCalls::only,
            (answers, cite) -> List.of(proposal(answers, cite)));

    /**
     * Enquiries lost before the sale in other ways too — chats answered hours later, callers who do not book:
     * the handling of every enquiry first, before any more traffic is bought (finding 76).
     */
    static final Rule ENQUIRIES_LOST = new Rule("enquiries-lost-before-sale",
            answers -> beforeTheSale(answers) && !only(answers),
            (answers, cite) -> List.of(proposal(answers, cite)));

    private static Proposal proposal(Answers answers, Cite cite) {
        return Proposal.doFirst(Channel.OPTIMISATION, Kpi.CONVERSION_RATE, Horizon.TWO_TO_FOUR_WEEKS,
                Need.ENQUIRIES_LOST, cite.answers(answers, CHURN_REASONS));
    }

    static final List<Rule> ALL = List.of(LOST_CALLS, ENQUIRIES_LOST);
}
