package com.discoverybrief.accounts.internal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The signed-in user is resolved from memory that follows the database, not read from it on every
 * call: a click costs only the statements of what it shows. Counted with Hibernate's statistics,
 * switched on for the click alone. (Before: opening All sessions ran 11 statements here, 10 of them
 * reading the signed-in user and their roles; a grid page 6; My sessions 8; starting a session 12.)
 */
class StatementsPerClickTest extends KaribuTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    CurrentAccounts accounts;

    @BeforeEach
    void signInAndSettle() {
        signIn(Role.LEAD, Role.ACCOUNT_MANAGER);
        // The new user moved the users table's fingerprint; let the poll's forgetting happen now, not mid-count.
        accounts.refresh();
        UI.getCurrent().navigate("");
    }

    @Test
    void openingAllSessionsReadsOnlyTheSalespeopleForTheFilter() {
        long statements = statements(() -> UI.getCurrent().navigate("review"));

        // The salespeople for the filter, and their display names when there are any.
        assertThat(statements).isLessThanOrEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPageOfTheGridIsThePageAndTheDisplayNames() {
        UI.getCurrent().navigate("review");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("review-grid"));

        assertThat(statements(() -> GridKt._fetch(grid, 0, 50))).isLessThanOrEqualTo(2);
    }

    @Test
    void openingMySessionsAndStartingASessionReadNoUser() {
        UI.getCurrent().navigate("review");
        assertThat(statements(() -> UI.getCurrent().navigate(""))).isZero();

        _click(_get(Button.class, spec -> spec.withId("new-session")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-session-client")), "Кофейня");
        // The insert of the session, then the wizard reads it with its answers, their evidence tags,
        // its notes, its "ask next time" marks and the user's meeting-mode preference: nothing about
        // the account.
        long start = statements(() -> _click(_get(Button.class, spec -> spec.withId("start-session"))));
        assertThat(start).isLessThanOrEqualTo(6);
        assertThat(userAccountLoads(() -> _click(_get(Button.class, spec -> spec.withId("wizard-next")))))
                .isZero();
    }

    @Test
    void typingAnAnswerIsTwoStatements() {
        _click(_get(Button.class, spec -> spec.withId("new-session")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-session-client")), "Кофейня");
        _click(_get(Button.class, spec -> spec.withId("start-session")));
        _click(_get(Button.class, spec -> spec.withId("wizard-next")));
        TextArea segments = _get(TextArea.class, spec -> spec.withId("answer-SEGMENTS"));

        // The version-guarded update of the session's row, which carries the answers' document (issue
        // 15), and the change's history row (issue 17). (Before: 6 — the session with its answers,
        // notes, marks and evidence was read first, then the whole row rewritten; then 3 — the answer
        // had a row of its own.)
        assertThat(statements(() -> _setValue(segments, "Офисные работники"))).isLessThanOrEqualTo(2);
        assertThat(statements(() -> _setValue(segments, "Офисные работники рядом с метро"))).isLessThanOrEqualTo(2);
    }

    private long userAccountLoads(Runnable click) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            click.run();
            return statistics.getEntityStatistics(UserAccount.class.getName()).getLoadCount()
                    + statistics.getEntityStatistics(UserAccount.class.getName()).getFetchCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private long statements(Runnable click) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            click.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
