package com.discoverybrief.discovery;

import org.junit.jupiter.api.AfterEach;
import com.discoverybrief.accounts.internal.AccountFixtures;
import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Actor;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The review workflow end to end through the services, with the aggregate guarding each step. */
@SpringBootTest
class ReviewTransitionsTest {

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }


    @Autowired
    private SessionReviews review;
    @Autowired
    private DiscoveryService discovery;

    private final Actor salesperson = DiscoveryFixtures.salesperson();
    private final Actor lead = DiscoveryFixtures.lead();

    @Test
    void aLeadMarksACompletedSessionReviewedAndTheHistorySaysWhoAndWhen() {
        long id = completedSession();

        ReviewedSession reviewed = review.markReviewed(signedIn(lead), id, seen(id));

        assertThat(reviewed.status()).isEqualTo(SessionStatus.REVIEWED);
        assertThat(reviewed.history()).extracting(StatusChange::status, StatusChange::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SessionStatus.COMPLETED, salesperson.username()),
                        org.assertj.core.groups.Tuple.tuple(SessionStatus.REVIEWED, lead.username()));
        assertThat(reviewed.history()).allSatisfy(change -> assertThat(change.at()).isNotNull());
    }

    @Test
    void aDraftCannotBeMarkedReviewedAndTheReasonIsTranslatable() {
        long id = discovery.start(signedIn(salesperson), "Кофейня", Locale.ENGLISH).getId();

        assertThatThrownBy(() -> review.markReviewed(signedIn(lead), id, seen(id)))
                .isInstanceOfSatisfying(InvalidTransitionException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("review.transition.review");
                    assertThat(refused.status()).isEqualTo(SessionStatus.DRAFT);
                });
        assertThat(review.open(signedIn(lead), id).status()).isEqualTo(SessionStatus.DRAFT);
    }

    @Test
    void aReviewedSessionCannotBeReturnedOrReviewedAgain() {
        long id = completedSession();
        review.markReviewed(signedIn(lead), id, seen(id));

        assertThatThrownBy(() -> review.returnToOwner(signedIn(lead), id, seen(id), "Ещё раз"))
                .isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> review.markReviewed(signedIn(lead), id, seen(id))).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void returningNeedsAComment() {
        long id = completedSession();

        assertThatThrownBy(() -> review.returnToOwner(signedIn(lead), id, seen(id), "  "))
                .isInstanceOfSatisfying(InvalidTransitionException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.transition.comment-required"));
        assertThat(review.open(signedIn(lead), id).status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void aReturnedSessionShowsTheCommentToItsOwnerAndGoesBackToCompletedWhenCompletedAgain() {
        long id = completedSession();

        review.returnToOwner(signedIn(lead), id, seen(id), "Уточните УТП и бюджет");

        DiscoverySession returned = discovery.open(signedIn(salesperson), id);
        assertThat(returned.getStatus()).isEqualTo(SessionStatus.RETURNED);
        assertThat(returned.getLatestComment()).isEqualTo("Уточните УТП и бюджет");
        assertThat(discovery.mySessions(signedIn(salesperson), "", org.springframework.data.domain.PageRequest.of(0, 10)))
                .singleElement().satisfies(row -> assertThat(row.latestComment()).isEqualTo("Уточните УТП и бюджет"));
        assertThat(discovery.comments(signedIn(salesperson), id)).singleElement()
                .satisfies(comment -> assertThat(comment.author()).isEqualTo(lead.username()));

        discovery.complete(signedIn(salesperson), id);

        assertThat(review.open(signedIn(lead), id).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(review.open(signedIn(lead), id).history()).extracting(StatusChange::status)
                .containsExactly(SessionStatus.COMPLETED, SessionStatus.RETURNED, SessionStatus.COMPLETED);
    }

    @Test
    void aCompletedSessionCannotBeCompletedTwice() {
        long id = completedSession();

        assertThatThrownBy(() -> discovery.complete(signedIn(salesperson), id)).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void aCommentLongerThanTheLimitIsRefused() {
        long id = completedSession();

        assertThatThrownBy(() -> review.comment(signedIn(lead), id, "я".repeat(Limits.COMMENT + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.limit()).isEqualTo(Limits.COMMENT));
        assertThat(review.comment(signedIn(lead), id, "я".repeat(Limits.COMMENT)).comments()).hasSize(1);
    }

    private long completedSession() {
        long id = discovery.start(signedIn(salesperson), SessionFixtures.unique("Кофейня"), Locale.ENGLISH).getId();
        discovery.complete(signedIn(salesperson), id);
        return id;
    }

    /** The session as the lead's screen shows it: what they read before deciding. */
    private java.time.Instant seen(long id) {
        return review.open(signedIn(lead), id).updatedAt();
    }
}
