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
import com.discoverybrief.strategy.Channel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, adversary adv19, finding 12: the agency note has a Save button of its own and no autosave;
 * an account manager writing it who makes an adjustment meanwhile (or withdraws one) loses every word
 * not yet saved — the plan panel is rebuilt from the database with the stored note. Issue 12's "never
 * a lost word".
 */
class PlanPanelAdversaryTest extends KaribuTest {

    private static final int SUMMARY = 6;

    @Test
    void wordsTypedInTheAgencyNoteSurviveAnAdjustment() {
        Actor sales = AccountFixtures.user(context, Role.SALES);
        signIn(Role.ACCOUNT_MANAGER);
        long id = as(sales, () -> context.getBean(DiscoveryService.class)
                .start(sales, "Кофейня «Зерно»", Locale.forLanguageTag("ru")).getId());
        Channel first = as(sales, () -> context.getBean(PlanAdjustments.class).plan(sales, id).recommendations()
                .get(0).channel());
        UI.getCurrent().navigate("session/" + id);
        _click(_get(Button.class, spec -> spec.withId("step-" + SUMMARY)));

        String typed = "Начнём с выставки в марте: стенд, каталог, две встречи с дилерами.";
        _setValue(_get(TextArea.class, spec -> spec.withId("agency-note")), typed);
        _click(_get(Button.class, spec -> spec.withId("plan-hide-" + first.name())));
        _setValue(_get(TextArea.class, spec -> spec.withId("adjust-reason")), "Клиент уже сделал это сам");
        _click(_get(Button.class, spec -> spec.withId("adjust-save")));

        assertThat(_get(TextArea.class, spec -> spec.withId("agency-note")).getValue())
                .as("the note being written, after an adjustment").isEqualTo(typed);
    }
}
