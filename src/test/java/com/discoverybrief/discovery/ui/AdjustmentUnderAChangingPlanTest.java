package com.discoverybrief.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.PlanAdjustments;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Recommendation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Adversary (advint): an account manager writes the reason for an adjustment while the salesperson,
 * still in the meeting, changes an answer and the engine's plan moves under the dialog — the channel
 * being adjusted is no longer recommended. The adjustment cannot be made, but the reason the account
 * manager typed must not vanish with a closed dialog: it stays, with the reason said on it, and the
 * plan underneath shows what is there now. It used to close the dialog and drop the words.
 */
class AdjustmentUnderAChangingPlanTest extends KaribuTest {

    private static final int SUMMARY = SessionWizardView.SUMMARY_STEP;

    @Test
    void aReasonTypedForAChannelThatLeftThePlanMeanwhileStaysInItsDialog() {
        Actor sales = AccountFixtures.user(context, Role.SALES);
        signIn(Role.ACCOUNT_MANAGER);
        long id = as(sales, () -> {
            long started = discovery().start(sales, "Кофейня «Зерно»", Locale.forLanguageTag("ru")).getId();
            save(sales, started, null, "SMM=PROFIT");
            return started;
        });
        assertThat(as(sales, () -> plans().plan(sales, id).recommendations()))
                .extracting(Recommendation::channel).contains(Channel.SMM);
        UI.getCurrent().navigate("session/" + id);
        _click(_get(Button.class, spec -> spec.withId("step-" + SUMMARY)));

        _click(_get(Button.class, spec -> spec.withId("plan-hide-SMM")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("adjust-reason"));
        _setValue(reason, "Клиент сам ведёт соцсети и не хочет их отдавать — договорились на встрече");
        // meanwhile the salesperson takes SMM out of the answers: the plan no longer has it
        as(sales, () -> save(sales, id, "SMM=PROFIT", null));
        assertThat(as(sales, () -> plans().plan(sales, id).recommendations()))
                .extracting(Recommendation::channel).doesNotContain(Channel.SMM);
        _click(_get(Button.class, spec -> spec.withId("adjust-save")));

        assertThat(as(sales, () -> plans().plan(sales, id).adjustments())).isEmpty();
        assertThat(_get(Dialog.class, spec -> spec.withId("adjust-dialog")).isOpened()).isTrue();
        TextArea kept = _get(TextArea.class, spec -> spec.withId("adjust-reason"));
        assertThat(kept.getValue()).isEqualTo("Клиент сам ведёт соцсети и не хочет их отдавать — договорились на встрече");
        assertThat(kept.isInvalid()).isTrue();
        assertThat(kept.getErrorMessage()).isEqualTo("Это изменение уже не подходит к плану в его нынешнем виде; план показан как есть.");
    }

    private Void save(Actor sales, long id, String before, String after) {
        discovery().saveAnswer(sales, id, discovery().open(sales, id).getVersion(), AnswerField.CHANNELS, before, after);
        return null;
    }

    private DiscoveryService discovery() {
        return context.getBean(DiscoveryService.class);
    }

    private PlanAdjustments plans() {
        return context.getBean(PlanAdjustments.class);
    }
}
