package com.discoverybrief.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StatementsPerClickTest extends KaribuTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void measure() {
        signIn(Role.LEAD, Role.ACCOUNT_MANAGER);
        UI.getCurrent().navigate("");
        report("open All sessions", () -> UI.getCurrent().navigate("review"));
        report("grid page", () -> com.github.mvysny.kaributesting.v10.GridKt._fetch(
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("review-grid")), 0, 50));
        report("open My sessions", () -> UI.getCurrent().navigate(""));
        _click(_get(Button.class, spec -> spec.withId("new-session")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-session-client")), "Кофейня");
        report("start session", () -> _click(_get(Button.class, spec -> spec.withId("start-session"))));
        report("step 1", () -> _click(_get(Button.class, spec -> spec.withId("step-1"))));
        report("type answer", () -> _setValue(_get(TextArea.class, spec -> spec.withId("answer-SEGMENTS")), "Семьи"));
        report("type answer 2", () -> _setValue(_get(TextArea.class, spec -> spec.withId("answer-SEGMENTS")), "Семьи с детьми"));
    }

    private void report(String what, Runnable click) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        click.run();
        statistics.setStatisticsEnabled(false);
        System.out.println("STATEMENTS " + what + ": " + statistics.getPrepareStatementCount()
                + " (user entity loads " + statistics.getEntityStatistics(
                        "com.discoverybrief.accounts.internal.UserAccount").getLoadCount() + ") queries "
                + Arrays.toString(statistics.getQueries()));
    }
}
