package com.discoverybrief.strategy;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Churn named in numbers (finding 82): "15 % of residents leave every month" in the reasons for leaving.
 * A share of clients lost each month is a named problem whatever the repeat share says — for a
 * subscription, 85 % renewing a month is 15 % churn, not loyalty: at that rate a business sells a
 * sixth of its places every month only to stand still. Read from the client's words in one clause: a
 * percentage, a month, and a verb of leaving; enquiries that "disappear" before buying are not clients
 * who leave (finding 76), so they do not count.
 */
final class NamedChurn {

    private static final Pattern PERCENT = Pattern.compile("\\d+(?:[.,]\\d+)?\\s*%");
    private static final Pattern MONTHLY = Pattern.compile("в\\s+месяц|ежемесячн|кажд\\S*\\s+месяц|за\\s+месяц"
            + "|a month|per month|monthly|every month");
    private static final Pattern LEAVING = Pattern.compile("уход|уходит|ушл|ушёл|ушел|съезжа|съехал|отказыва\\S*\\s+от\\s+"
            + "(?:подписк|абонемент|договор|тариф)|не\\s+продлева|не\\s+продлил|отписыва|отток"
            + "|\\bleave|\\bleft\\b|cancel|churn|do not renew|don.?t renew");

    private NamedChurn() {
    }

    /** A clause of "why clients leave" names a share of clients lost every month. */
    static boolean monthly(Answers answers) {
        return answers.wordFact(Answers.WordFact.MONTHLY_CHURN, NamedChurn::readMonthly);
    }

    private static boolean readMonthly(Answers answers) {
        String lower = answers.lowerCase(AnswerField.CHURN_REASONS);
        if (lower == null || lower.indexOf('%') < 0) {
            return false;
        }
        return Arrays.stream(lower.split("[;:\\n]|\\.(?!\\d)")).anyMatch(clause -> PERCENT.matcher(clause).find()
                && MONTHLY.matcher(clause).find() && LEAVING.matcher(clause).find());
    }
}
