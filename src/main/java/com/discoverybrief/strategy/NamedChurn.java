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

    /** «4 бара из 26», "4 of 26 bars": a count of the client's accounts out of how many they had. */
    private static final Pattern COUNT_OF = Pattern.compile("\\d+\\s+(?:\\S+\\s+)?(?:из|of|out of)\\s+\\d+");
    private static final Pattern LOST = Pattern.compile("уход|уходят|ушл|ушёл|ушел|потерял|\\bleft\\b|\\blost\\b|\\bleave");

    private NamedChurn() {
    }

    /**
     * A clause of "why clients leave" counts the accounts lost out of how many the client had — «за зиму ушли 4 бара
     * из 26» (finding 82: 78): a named problem whatever the repeat share of those who stay. Dealers or partners who
     * leave are a channel of sales lost, answered by their own programme ({@link PartnerChurn}), not counted here.
     */
    static boolean counted(Answers answers) {
        String lower = answers.lowerCase(AnswerField.CHURN_REASONS);
        if (lower == null || PartnerChurn.partnersLeave(answers)) {
            return false;
        }
        return Arrays.stream(lower.split("[;:\\n]|\\.(?!\\d)")).anyMatch(clause -> COUNT_OF.matcher(clause).find()
                && LOST.matcher(clause).find() && !clause.contains("%"));
    }

    private static final Pattern COUNT = Pattern.compile("(\\d+)\\s+(?:\\S+\\s+)?(?:из|of|out of)\\s+(\\d+)");

    /** The share of accounts that stayed, by the count the client gave (4 of 26 lost: 85 %), or {@code null}. */
    static Double stayedPercent(Answers answers) {
        if (!counted(answers)) {
            return null;
        }
        for (String clause : answers.lowerCase(AnswerField.CHURN_REASONS).split("[;:\\n]|\\.(?!\\d)")) {
            java.util.regex.Matcher matcher = COUNT.matcher(clause);
            if (LOST.matcher(clause).find() && matcher.find()) {
                double lost = Double.parseDouble(matcher.group(1));
                double of = Double.parseDouble(matcher.group(2));
                return of > 0 && lost <= of ? Math.round((of - lost) * 100 / of) * 1.0 : null;
            }
        }
        return null;
    }

    /**
     * The line that answers accounts lost counted in the client's words: keeping them is a programme — a regular
     * contact with each account and the client's own terms against the competitor's — with real money for the whole
     * plan, like the programme that keeps the partners ({@link PartnerChurn#programmeMoney}).
     */
    static boolean programme(Answers answers, Recommendation recommendation) {
        return recommendation.channel() == Channel.ONBOARDING_CHURN && recommendation.stage() == Stage.DO_FIRST
                && counted(answers);
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
