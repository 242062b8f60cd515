package com.discoverybrief.review;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.discovery.DiscoveryFixtures;
import com.discoverybrief.discovery.SessionFixtures;
import com.discoverybrief.discovery.SessionStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grid reaches any row: the filtered list is counted (so the scrollbar is true) and a day's
 * position is found in one step.
 */
@SpringBootTest
@Transactional
class GridReachTest {

    @Autowired
    private ReviewService review;
    @Autowired
    private ApplicationContext context;

    private final Actor lead = DiscoveryFixtures.lead();
    private final String owner = SessionFixtures.unique("reach");

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    /** Twelve sessions of one salesperson, one a day back from NOON; every third completed. */
    private ReviewFilter twelveDays() {
        SessionFixtures fixtures = new SessionFixtures(context);
        for (int day = 0; day < 12; day++) {
            SessionFixtures.Builder session = fixtures.session(owner).client("Клиент " + day)
                    .changedAt(SessionFixtures.NOON.minus(Duration.ofDays(day)));
            if (day % 3 == 0) {
                session.completed();
            }
            session.save();
        }
        return ReviewFilter.NONE.withOwner(owner);
    }

    @Test
    void theCountIsTheFilteredList() {
        ReviewFilter mine = twelveDays();

        assertThat(review.count(signedIn(lead), mine)).isEqualTo(12);
        assertThat(review.count(signedIn(lead), mine.withStatus(SessionStatus.COMPLETED))).isEqualTo(4);
        assertThat(review.count(signedIn(lead), mine.withText("клиент 1"))).isEqualTo(3); // 1, 10, 11
    }

    /**
     * A page past the middle is read from the end and turned back: for every sort, direction and window
     * it is the page the plain offset gives — ties (a shared status, a missing top channel) included.
     */
    @Test
    void aPageReadFromTheEndIsThePlainPage() {
        ReviewFilter mine = twelveDays();
        for (ReviewSort.Column column : ReviewSort.Column.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                ReviewSort sort = new ReviewSort(column, ascending);
                for (int offset = 0; offset <= 12; offset++) {
                    for (int limit : new int[] {1, 4, 5}) {
                        assertThat(ids(review.sessions(signedIn(lead), mine, sort, offset, limit, 12)))
                                .as("%s, rows %d+%d", sort, offset, limit)
                                .isEqualTo(ids(review.sessions(signedIn(lead), mine, sort, offset, limit, 0)));
                    }
                }
            }
        }
        assertThat(ids(review.sessions(signedIn(lead), mine, ReviewSort.DEFAULT, 10, 5, 12))).hasSize(2);
    }

    private static List<Long> ids(List<ReviewRow> rows) {
        return rows.stream().map(ReviewRow::id).toList();
    }

    @Test
    void aDayIsFoundInOneStepNewestChangeFirst() {
        ReviewFilter mine = twelveDays();
        LocalDate fiveDaysBack = SessionFixtures.NOON.minus(Duration.ofDays(5)).atZone(ZoneId.systemDefault()).toLocalDate();

        long position = review.positionOf(signedIn(lead), mine, fiveDaysBack);

        List<ReviewRow> list = review.sessions(signedIn(lead), mine, ReviewSort.DEFAULT, 0, 50, 0);
        assertThat(position).isEqualTo(5);
        assertThat(list.get((int) position).clientCompany()).isEqualTo("Клиент 5");
        assertThat(review.positionOf(signedIn(lead), mine, LocalDate.of(2000, 1, 1))).isEqualTo(12);
    }
}
