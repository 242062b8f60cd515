package com.discoverybrief.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.brief.BriefSections;
import com.discoverybrief.discovery.BriefExports;
import com.discoverybrief.discovery.DiscoveryService;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, adversary adv19, finding 8: two account managers choose the sections of one session's
 * exports (which also decide what the client sees through a share link). The second one's screen still
 * shows the first one's old choice; their click stores their whole set and silently brings back the
 * section the first one left out — the README's "nothing is silently overwritten".
 */
class SectionChoiceAdversaryTest extends KaribuTest {

    private static final int SUMMARY = 6;

    @Test
    @SuppressWarnings("unchecked")
    void aColleaguesSectionChoiceIsNeverSilentlyUndone() {
        Actor sales = AccountFixtures.user(context, Role.SALES);
        Actor colleague = AccountFixtures.user(context, Role.ACCOUNT_MANAGER);
        signIn(Role.ACCOUNT_MANAGER);
        long id = as(sales, () -> context.getBean(DiscoveryService.class)
                .start(sales, "Кофейня «Зерно»", Locale.forLanguageTag("ru")).getId());
        UI.getCurrent().navigate("session/" + id);
        _click(_get(Button.class, spec -> spec.withId("step-" + SUMMARY)));
        CheckboxGroup<BriefSections.Optional> mine = _get(CheckboxGroup.class,
                spec -> spec.withId("download-brief-sections"));
        assertThat(mine.getValue()).containsExactlyInAnyOrderElementsOf(BriefSections.all());

        // meanwhile, in the colleague's browser: the answers appendix is left out of what the client sees
        BriefExports briefs = context.getBean(BriefExports.class);
        as(colleague, () -> {
            briefs.chooseSections(colleague, id, BriefSections.without(BriefSections.Optional.ANSWERS));
            return null;
        });

        // here, the questions for the next meeting are unticked on a screen that still shows the answers ticked
        Set<BriefSections.Optional> next = EnumSet.copyOf(mine.getValue());
        next.remove(BriefSections.Optional.QUESTIONS);
        LocatorJ._setValue(mine, next);

        BriefSections stored = as(colleague, () -> briefs.sections(colleague, id));
        assertThat(stored.includes(BriefSections.Optional.ANSWERS))
                .as("the colleague's choice to leave the answers out, undone without a word").isFalse();
    }
}
