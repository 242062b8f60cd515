package com.discoverybrief.discovery;

import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.StrategyEngine;
import java.util.Locale;
import com.discoverybrief.accounts.internal.AccountFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A completed session keeps what was recommended at the time; recomputing is an explicit action. */
@SpringBootTest
class AssessmentSnapshotTest {

    @Autowired
    DiscoveryService discovery;

    private final Actor anna = salesperson();

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @Test
    void aDraftIsAssessedLiveFromItsAnswers() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", Locale.ENGLISH);
        discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.CHANNELS, null,
                "SMM=DRAINS_BUDGET");

        SessionAssessment result = discovery.assessment(signedIn(anna), session.getId());

        assertThat(result.kept()).isFalse();
        assertThat(result.assessment()).isEqualTo(new StrategyEngine().assess(discovery.open(signedIn(anna), session.getId()).answers()));
    }

    @Test
    void completingKeepsTheAssessmentExactlyAsItWas() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", Locale.ENGLISH);
        Saved saved = discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.CHANNELS, null,
                "SMM=DRAINS_BUDGET;REFERRALS=PROFIT");
        discovery.saveAnswer(signedIn(anna), session.getId(), saved.version(), AnswerField.USP, null,
                "Единственная кофейня с обжаркой на месте «при вас» — <b>и</b> 😀");
        Assessment live = discovery.assessment(signedIn(anna), session.getId()).assessment();

        discovery.complete(signedIn(anna), session.getId());
        SessionAssessment kept = discovery.assessment(signedIn(anna), session.getId());

        assertThat(kept.kept()).isTrue();
        assertThat(kept.answersChanged()).isFalse();
        assertThat(kept.assessment()).isEqualTo(live);
        assertThat(kept.assessment().rulesVersion()).isEqualTo(StrategyEngine.RULES_VERSION);
    }

    @Test
    void laterAnswersDoNotChangeTheKeptAssessmentUntilRecomputed() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", Locale.ENGLISH);
        discovery.complete(signedIn(anna), session.getId());
        Assessment atCompletion = discovery.assessment(signedIn(anna), session.getId()).assessment();
        long version = discovery.open(signedIn(anna), session.getId()).getVersion();

        discovery.saveAnswer(signedIn(anna), session.getId(), version, AnswerField.SEGMENTS, null, "Студенты рядом с вузом");
        SessionAssessment afterEdit = discovery.assessment(signedIn(anna), session.getId());
        discovery.recompute(signedIn(anna), session.getId());
        SessionAssessment recomputed = discovery.assessment(signedIn(anna), session.getId());

        assertThat(afterEdit.assessment()).isEqualTo(atCompletion);
        assertThat(afterEdit.answersChanged()).isTrue();
        assertThat(recomputed.assessment()).isNotEqualTo(atCompletion);
        assertThat(recomputed.answersChanged()).isFalse();
    }
}
