package com.discoverybrief.discovery;

import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.StrategyEngine;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A completed session keeps what was recommended at the time; recomputing is an explicit action. */
@SpringBootTest
class AssessmentSnapshotTest {

    @Autowired
    DiscoveryService discovery;

    private final Actor anna = salesperson();

    @Test
    void aDraftIsAssessedLiveFromItsAnswers() {
        DiscoverySession session = discovery.start(anna, "Кофейня", Locale.ENGLISH);
        discovery.saveAnswer(anna, session.getId(), session.getVersion(), AnswerField.CHANNELS, null,
                "SMM=DRAINS_BUDGET");

        SessionAssessment result = discovery.assessment(anna, session.getId());

        assertThat(result.kept()).isFalse();
        assertThat(result.assessment()).isEqualTo(new StrategyEngine().assess(discovery.open(anna, session.getId()).answers()));
    }

    @Test
    void completingKeepsTheAssessmentExactlyAsItWas() {
        DiscoverySession session = discovery.start(anna, "Кофейня", Locale.ENGLISH);
        Saved saved = discovery.saveAnswer(anna, session.getId(), session.getVersion(), AnswerField.CHANNELS, null,
                "SMM=DRAINS_BUDGET;REFERRALS=PROFIT");
        discovery.saveAnswer(anna, session.getId(), saved.version(), AnswerField.USP, null,
                "Единственная кофейня с обжаркой на месте «при вас» — <b>и</b> 😀");
        Assessment live = discovery.assessment(anna, session.getId()).assessment();

        discovery.complete(anna, session.getId());
        SessionAssessment kept = discovery.assessment(anna, session.getId());

        assertThat(kept.kept()).isTrue();
        assertThat(kept.answersChanged()).isFalse();
        assertThat(kept.assessment()).isEqualTo(live);
        assertThat(kept.assessment().rulesVersion()).isEqualTo(StrategyEngine.RULES_VERSION);
    }

    @Test
    void laterAnswersDoNotChangeTheKeptAssessmentUntilRecomputed() {
        DiscoverySession session = discovery.start(anna, "Кофейня", Locale.ENGLISH);
        discovery.complete(anna, session.getId());
        Assessment atCompletion = discovery.assessment(anna, session.getId()).assessment();
        long version = discovery.open(anna, session.getId()).getVersion();

        discovery.saveAnswer(anna, session.getId(), version, AnswerField.SEGMENTS, null, "Студенты рядом с вузом");
        SessionAssessment afterEdit = discovery.assessment(anna, session.getId());
        discovery.recompute(anna, session.getId());
        SessionAssessment recomputed = discovery.assessment(anna, session.getId());

        assertThat(afterEdit.assessment()).isEqualTo(atCompletion);
        assertThat(afterEdit.answersChanged()).isTrue();
        assertThat(recomputed.assessment()).isNotEqualTo(atCompletion);
        assertThat(recomputed.answersChanged()).isFalse();
    }
}
