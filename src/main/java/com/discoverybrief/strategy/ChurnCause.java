package com.discoverybrief.strategy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why clients leave, in the client's words, where the answer to it is not the first weeks of a new client
 * (adv13h): teams that outgrow the place want a bigger offer before they look elsewhere; clients lost at a
 * re-tender to whoever is cheaper want a review of the work and of the price and terms before the tender.
 * Where the words name several, the one named first decides; {@code null} where they name neither.
 */
enum ChurnCause {
    /** Clients drop off at the start or after a trial: they never set up or learn it — the first weeks are the answer. */
    FIRST_WEEKS(Pattern.compile("перв\\S* недел|перв\\S* дн|пробн\\S* (?:недел|период)|не настро|не разобра"
            + "|first week|first day|trial|onboard|never set up")),
    /** Clients grow out of what they buy: teams that move to an office of their own, a bigger system. */
    OUTGROWN(Pattern.compile("вырос|выраст|растут|расту\\S* команд|перерос|расширя|сво\\S* офис|outgrow|grow"
            + "|own office")),
    /** Clients leave for a lower price: at a re-tender, a renewal, to a cheaper competitor. */
    PRICE(Pattern.compile("дешевл|переторж|тендер|дорог|по цене|из-за цены|ниже цен|cheaper|re-?tender|price"
            + "|too expensive")),
    /**
     * Clients leave for a competitor's trade terms — equipment given free, payment deferred, credit (finding 82: 78):
     * answered with the client's own terms and a regular contact with each account, not the first weeks.
     */
    TERMS(Pattern.compile("отсрочк|оборудовани\\S* бесплатн|бесплатн\\S* оборудовани|в кредит|deferr|free equipment"
            + "|payment terms|credit"));

    private final Pattern words;

    ChurnCause(Pattern words) {
        this.words = words;
    }

    /** The cause the client's reasons for leaving name first, or {@code null}. */
    static ChurnCause of(Answers answers) {
        String lower = answers.lowerCase(AnswerField.CHURN_REASONS);
        if (lower == null) {
            return null;
        }
        ChurnCause first = null;
        int at = Integer.MAX_VALUE;
        for (ChurnCause cause : values()) {
            Matcher matcher = cause.words.matcher(lower);
            if (matcher.find() && matcher.start() < at) {
                first = cause;
                at = matcher.start();
            }
        }
        return first;
    }
}
