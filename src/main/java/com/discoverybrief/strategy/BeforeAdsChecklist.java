package com.discoverybrief.strategy;

import java.util.Arrays;
import java.util.List;

/** The seed's preconditions for spending on advertising, each ticked off from the answers. */
final class BeforeAdsChecklist {

    private BeforeAdsChecklist() {
    }

    static List<ChecklistItem> of(Answers answers) {
        return Arrays.stream(ChecklistItem.Check.values())
                .map(check -> new ChecklistItem(check, isDone(check, answers)))
                .toList();
    }

    static boolean isDone(ChecklistItem.Check check, Answers answers) {
        return switch (check) {
            // "everyone" is no audience, however much text the segments hold
            case AUDIENCE_DEFINED -> !Signals.audienceUndefined(answers);
            case USP_CLEAR -> !Signals.uspUnclear(answers);
            case ANALYTICS_IN_PLACE -> answers.analytics() == AnalyticsLevel.YES;
            // we cannot call channels measured before we know which channels there are
            case LOSING_CHANNELS_MEASURED -> answers.isAnswered(AnswerField.CHANNELS)
                    && Signals.losingChannels(answers).isEmpty();
            case CUSTOMER_BASE_KEPT -> answers.customerBase() != null && !Signals.noCustomerBase(answers);
            case GOAL_AND_HORIZON_SET -> answers.isAnswered(AnswerField.GROWTH_GOAL) && answers.growthHorizon() != null;
            case SITE_CAPTURES_LEADS -> answers.site() == Site.CONVERTING || answers.site() == Site.ONLINE_SHOP;
            // a margin of 0 % or below is known, and says a sale brings nothing: not ready for ads
            case ECONOMICS_KNOWN -> Signals.economicsKnown(answers) && !MarginRules.noMargin(answers);
        };
    }
}
