package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.REGULATED_CATEGORY;
import static com.discoverybrief.strategy.Channel.REFERRAL_PROGRAMME;
import static com.discoverybrief.strategy.Channel.REVIEWS_REPUTATION;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the law allows an advertisement of the client's category to say (Federal Law 38-FZ "On Advertising":
 * medicine art. 24, financial services art. 28, alcohol art. 21; tobacco is not advertised at all). Where
 * advertising is restricted, trust is built by what is not advertising — reviews and specialists' profiles
 * on maps and review sites, the experts' own material, recommendations — so that work comes first; every
 * advertisement the plan keeps or proposes carries the legal condition in its reasons (licence, warnings,
 * what may not be shown, a lawyer's check before it runs), and so does the verdict on an advertising
 * channel the client asked for. Online ads of alcohol and tobacco are not proposed at all.
 */
final class RegulatedAdvertising {

    static final String TRUST = "regulated-trust";
    /** The verdict on an ad the client asked for: only in its legal form, after a lawyer's check. */
    static final String ASKED = "regulated-ads-asked";

    /**
     * Where people who cannot be told by an ad choose: reviews and profiles first — or, where the reviews are
     * good already, the recommendations of the clients who wrote them.
     */
    static final Rule TRUST_BEFORE_ADS = new Rule(TRUST,
            answers -> regulated(answers) && !Signals.sellsToBusinessesOnly(answers),
            (answers, cite) -> {
                List<Reason> reasons = cite.answers(answers, REGULATED_CATEGORY);
                // good reviews are there already: the happy clients' recommendations are the trust to build on
                if (answers.reviews() == Reviews.GOOD) {
                    return List.of(Proposal.doFirst(REFERRAL_PROGRAMME, Kpi.REFERRAL_SHARE, Horizon.THREE_TO_SIX_MONTHS,
                            Need.TRUST_WITHIN_THE_LAW, Cite.concat(reasons, cite.answers(answers, AnswerField.REVIEWS))));
                }
                return List.of(Proposal.doFirst(REVIEWS_REPUTATION, Kpi.RATING_AND_REVIEWS, Horizon.ONE_TO_THREE_MONTHS,
                        Need.TRUST_WITHIN_THE_LAW, reasons));
            });

    static final List<Rule> ALL = List.of(TRUST_BEFORE_ADS);

    /** The ids of the sentences this class adds outside a rule: one legal condition per category, and the verdict's. */
    static final List<String> IDS = java.util.stream.Stream.concat(Arrays.stream(RegulatedCategory.values())
            .filter(RegulatedAdvertising::restricts).map(RegulatedAdvertising::adsRule), java.util.stream.Stream.of(ASKED)).toList();

    private RegulatedAdvertising() {
    }

    static RegulatedCategory category(Answers answers) {
        return answers.choice(REGULATED_CATEGORY, RegulatedCategory.class);
    }

    /** The law restricts the advertising of what the client sells. */
    static boolean regulated(Answers answers) {
        return restricts(category(answers));
    }

    private static boolean restricts(RegulatedCategory category) {
        return category != null && category != RegulatedCategory.NONE && category != RegulatedCategory.UNKNOWN;
    }

    /** The reason that states the legal condition of advertising in this category: {@code regulated-ads-medical}, … */
    static String adsRule(RegulatedCategory category) {
        return "regulated-ads-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An advertisement in the sense of the law: an ad bought on a platform or in the street. */
    static boolean isAdvertisement(Channel channel) {
        return channel.isPaidAds() || channel == Channel.OFFLINE_ADS;
    }

    /** Every advertisement in the plan carries the legal condition of the client's category. */
    static void apply(Answers answers, Map<Channel, Draft> drafts) {
        RegulatedCategory category = category(answers);
        if (!restricts(category)) {
            return;
        }
        for (Draft draft : drafts.values()) {
            if (isAdvertisement(draft.channel())) {
                draft.addReason(Reason.of(adsRule(category), REGULATED_CATEGORY, category));
            }
        }
    }

    /**
     * Online ads of alcohol and tobacco are forbidden: not proposed, whoever asks — and one the client runs
     * already is switched off now, never kept and measured with the plan's money (finding 73).
     */
    static VerdictReason unfit(Answers answers, Channel channel) {
        if (category(answers) == RegulatedCategory.ALCOHOL_TOBACCO && channel.isPaidAds()) {
            return Signals.runs(answers, channel) ? VerdictReason.AD_LAW_SWITCH_OFF : VerdictReason.AD_LAW_FORBIDS;
        }
        return null;
    }

    /**
     * The verdict on an advertising channel the client asked for says it runs only in its legal form (the
     * recommendation itself states the category's legal condition in full).
     */
    static Verdict verdict(Answers answers, Verdict verdict) {
        RegulatedCategory category = category(answers);
        if (!restricts(category) || !isAdvertisement(verdict.channel()) || verdict.kind() == VerdictKind.NOT_NOW) {
            return verdict;
        }
        return new Verdict(verdict.channel(), verdict.motive(), verdict.kind(), verdict.reason(), verdict.priority(),
                ASKED, verdict.condition());
    }
}
