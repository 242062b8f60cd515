package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class RetentionRulesTest {

    @Test
    void buildsACustomerBaseInCrmBeforeAnyNewsletterWhenThereIsNone() {
        Answers answers = complete().withCustomerBase(CustomerBase.SPREADSHEET).build();

        assertThat(RetentionRules.NO_CUSTOMER_BASE.fire(answers))
                .extracting(Proposal::channel, Proposal::stage, Proposal::condition).containsExactly(
                        tuple(Channel.CRM_MARKETING, Stage.DO_FIRST, null),
                        tuple(Channel.EMAIL, Stage.TEST, Condition.AFTER_CUSTOMER_BASE));
        assertThat(RetentionRules.NO_CUSTOMER_BASE.fire(answers)).allSatisfy(p -> assertThat(p.reasons())
                .containsExactly(Reason.of("no-customer-base", AnswerField.CUSTOMER_BASE, CustomerBase.SPREADSHEET)));
        assertThat(RetentionRules.NO_CUSTOMER_BASE.fire(complete().build())).isEmpty();
    }

    @Test
    void raisesRetentionWhenFewClientsComeBack() {
        Answers answers = complete().withRepeatShare(RepeatShare.LOW).withChurnReasons("Too expensive").build();

        assertThat(RetentionRules.LOW_REPEAT_PURCHASES.fire(answers)).extracting(Proposal::channel)
                .containsExactly(Channel.EMAIL, Channel.CRM_MARKETING, Channel.LOYALTY_BRANDING);
        assertThat(RetentionRules.LOW_REPEAT_PURCHASES.fire(answers)).allSatisfy(p -> assertThat(p.reasons())
                .containsExactly(Reason.of("low-repeat-purchases", AnswerField.REPEAT_SHARE, RepeatShare.LOW),
                        Reason.quoting("low-repeat-purchases", AnswerField.CHURN_REASONS, "Too expensive")));
        assertThat(RetentionRules.LOW_REPEAT_PURCHASES.fire(complete().build())).isEmpty();
    }

    @Test
    void answersTheReasonsClientsLeaveThroughTheBase() {
        Answers answers = complete().withChurnReasons("Moved to a cheaper competitor").build();

        assertThat(RetentionRules.CHURN_REASONS_KNOWN.fire(answers)).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.CRM_MARKETING);
            assertThat(p.reasons()).containsExactly(Reason.quoting("churn-reasons-known", AnswerField.CHURN_REASONS,
                    "Moved to a cheaper competitor"));
        });
        assertThat(RetentionRules.CHURN_REASONS_KNOWN.fire(complete().build())).isEmpty();
    }
}
