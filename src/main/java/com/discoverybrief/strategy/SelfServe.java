package com.discoverybrief.strategy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A product people start on their own (finding 80): a mobile app installed from a store, or a trial of
 * so many days free. Its "enquiries" are installs and trial starts — people already using the product —
 * not enquiries a sales team loses: nobody calls 14 000 installs back. They start paying by getting
 * value in the first days (onboarding, the paywall, prompts by what they do), so that is the work, not
 * the handling of calls ({@link Signals#leadsLost}). A free plan is the same case, already read by
 * {@link Signals#freeTier}; here the trial and the app are added. No structured fact says it yet, so the
 * client's words on the product decide, matched tightly.
 */
final class SelfServe {

    /** "7 дней бесплатно", "первая неделя бесплатно", "первый месяц бесплатно", "14 days free", "free for 7 days". */
    private static final Pattern TRIAL = Pattern.compile(
            "(?<!\\d)\\d{1,2}\\s*(?:дн\\S*|день|недел\\S*)\\s+бесплатно(?![а-яё])"
                    + "|перв\\S*\\s+(?:\\d{1,2}\\s*)?(?:дн\\S*|недел\\S*|месяц\\S*)\\s+бесплатно(?![а-яё])"
                    + "|(?<!\\d)\\d{1,2}[\\s-]*days?\\s+free\\b|free\\s+for\\s+\\d{1,2}\\s+days|free\\s+trial");

    /**
     * A mobile app is the product itself — the words on the product begin with it ("приложение для iOS и
     * Android: …", "mobile app …") and name a store, a platform or a subscription: a coffee chain's loyalty app
     * or results "in the app" of a clinic are not the product.
     */
    private static final Pattern APP = Pattern.compile(
            "^\\s*(?:мобильн\\S*\\s+)?приложени[ея](?![а-яё])[^;]{0,80}?(?:\\b(?:ios|android|app\\s?store|google\\s+play"
                    + "|rustore|appgallery)\\b|подписк)"
                    + "|^\\s*(?:an?\\s+)?(?:mobile\\s+)?app\\b[^;]{0,80}?\\b(?:ios|android|app\\s?store|google\\s+play|rustore"
                    + "|subscription)\\b");

    /** Every text {@link #TRIAL} or {@link #APP} matches holds one of these: a text without any is not searched. */
    private static final List<String> MARKERS = List.of("бесплатн", "free", "приложени", "app");

    private SelfServe() {
    }

    /** The product has a trial of days, a week or a month free. */
    static boolean trial(Answers answers) {
        return words(answers).anyMatch(text -> TRIAL.matcher(text).find());
    }

    /** The product is a mobile app people install from a store. */
    static boolean app(Answers answers) {
        return words(answers.product()).anyMatch(text -> APP.matcher(text).find());
    }

    /** People start using the product on their own: a free plan, a trial, or an app. */
    static boolean applies(Answers answers) {
        return Signals.freeTier(answers) || trial(answers) || app(answers);
    }

    private static Stream<String> words(Answers answers) {
        return words(answers.product(), answers.usp());
    }

    private static Stream<String> words(String... texts) {
        return Stream.of(texts).filter(Objects::nonNull).map(text -> text.toLowerCase(Locale.ROOT))
                .filter(text -> MARKERS.stream().anyMatch(text::contains));
    }

    /**
     * Installs of an app or trial starts counted, with no free plan (that is {@code free-tier-activation}): the
     * first days in the product up to the first result, the paywall and its yearly plan, prompts by what
     * the user does — the share who start paying is the number. Where a payer costs more than a payer brings, that
     * outweighs the work on the channels that buy the installs ({@link Need#SELF_SERVE_LOSING}).
     */
    static final Rule TRIAL_ACTIVATION = new Rule("self-serve-activation",
            answers -> (answers.isAnswered(AnswerField.LEAD_CONVERSION) || answers.isAnswered(AnswerField.LEADS_PER_MONTH))
                    && !Signals.freeTier(answers) && (trial(answers) || app(answers)),
            (answers, cite) -> List.of(Proposal.doFirst(Channel.ONBOARDING_CHURN, Kpi.FREE_TO_PAID,
                    Horizon.ONE_TO_THREE_MONTHS, losing(answers) ? Need.SELF_SERVE_LOSING : Need.FREE_USERS_UNCONVERTED,
                    cite.answered(answers, AnswerField.PRODUCT, AnswerField.LEADS_PER_MONTH, AnswerField.LEAD_CONVERSION))));

    /**
     * An app or a trial (a free plan is {@code free-tier-activation}'s, with its own focus), and by the client's own
     * numbers a payer costs more than a payer brings.
     */
    static boolean losing(Answers answers) {
        return Signals.clientCostsMoreThanItBrings(answers) && !Signals.freeTier(answers) && (trial(answers) || app(answers));
    }

    /**
     * Where installs are bought at a loss, what a payer may cost (after the store's commission, over the months a
     * payer stays) is the threshold every channel is held to — and the answer to "buy twice the installs" — so
     * that step weighs what the move to paid weighs, not less because clients also leave.
     */
    static void apply(Answers answers, Map<Channel, Draft> drafts) {
        Draft economics = drafts.get(Channel.UNIT_ECONOMICS);
        if (economics != null && economics.stage() == Stage.DO_FIRST && losing(answers)) {
            economics.raiseTo(Need.SELF_SERVE_LOSING);
        }
    }

    static final List<Rule> ALL = List.of(TRIAL_ACTIVATION);
}
