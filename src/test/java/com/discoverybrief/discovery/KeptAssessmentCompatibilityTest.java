package com.discoverybrief.discovery;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.Stage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions and kept assessments from before the structured facts (rules 2026.11-1) still open,
 * read the new facts as not answered, and export; the evidence tag is stored per answer.
 */
@SpringBootTest
class KeptAssessmentCompatibilityTest {

    /** An assessment as the rules 2026.11-1 kept it: no verdicts, no test plan, no evidence, no caps. */
    static final String OLD_SNAPSHOT = """
            {"rulesVersion":"2026.11-1",
             "levels":{
               "MACRO":{"level":"MACRO","known":[{"field":"PRODUCT","values":[],"excerpt":"Кофе с собой"}],
                        "readiness":16,"gaps":[{"field":"SALES_CYCLE"}]},
               "MESO":{"level":"MESO","known":[{"field":"USP_CLARITY","values":["UspClarity.VAGUE"],"excerpt":null}],
                       "readiness":16,"gaps":[{"field":"SEGMENTS"}]},
               "MICRO":{"level":"MICRO","known":[{"field":"CHANNELS","values":["CurrentChannel.SMM","ChannelOutcome.DRAINS_BUDGET"],"excerpt":null}],
                        "readiness":25,"gaps":[{"field":"ANALYTICS"}]}},
             "recommendations":[
               {"priority":1,"channel":"POSITIONING","stage":"DO_FIRST",
                "reasons":[{"rule":"usp-unclear","field":"USP_CLARITY","values":["UspClarity.VAGUE"],"excerpt":null}],
                "kpi":"USP_TESTED_WITH_CLIENTS","horizon":"ONE_TO_THREE_MONTHS","condition":null},
               {"priority":2,"channel":"TARGETED_ADS","stage":"TEST",
                "reasons":[{"rule":"strategy-before-ads","field":"USP_CLARITY","values":["UspClarity.VAGUE"],"excerpt":null}],
                "kpi":"COST_PER_LEAD","horizon":"TWO_TO_FOUR_WEEKS","condition":"AFTER_POSITIONING"},
               {"priority":3,"channel":"LOYALTY_BRANDING","stage":"SCALE",
                "reasons":[{"rule":"keep-profitable-channel","field":"CHANNELS","values":["CurrentChannel.REFERRALS","ChannelOutcome.PROFIT"],"excerpt":null}],
                "kpi":"REFERRAL_SHARE","horizon":"ONE_TO_THREE_MONTHS","condition":null}],
             "beforeAdsChecklist":[{"check":"AUDIENCE_DEFINED","done":false},{"check":"USP_CLEAR","done":false}],
             "summary":{"focus":"CLARIFY_STRATEGY","firstSteps":["POSITIONING"],"horizon":"ONE_TO_THREE_MONTHS","growthGoal":null}}
            """;

    @Autowired
    DiscoveryService discovery;

    @Autowired
    BriefExports briefs;

    @Autowired
    DiscoverySessionRepository sessions;

    @Autowired
    TransactionTemplate transactions;

    private final Actor anna = salesperson();

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @Test
    void anOldSessionReadsTheNewFactsAsNotAnswered() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", Locale.forLanguageTag("ru"));
        discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.USP_CLARITY, null, "VAGUE");

        var answers = discovery.open(signedIn(anna), session.getId()).answers();

        assertThat(answers.uspClarity()).isNotNull();
        assertThat(answers.site()).isNull();
        assertThat(answers.purchaseFrequency()).isNull();
        assertThat(answers.averageCheck()).isNull();
        assertThat(answers.requestedChannels()).isEmpty();
        assertThat(answers.evidence(AnswerField.USP_CLARITY)).isEqualTo(Evidence.CLIENT_SAID);
    }

    @Test
    void keepsTheEvidenceTagOfAnAnswerAndTheEngineReadsIt() {
        DiscoverySession session = discovery.start(signedIn(anna), "Студия", Locale.forLanguageTag("ru"));
        var saved = discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.CHANNELS,
                null, "TARGETED_ADS=PROFIT");

        var tagged = discovery.saveEvidence(signedIn(anna), session.getId(), AnswerField.CHANNELS, Evidence.ASSUMPTION);

        assertThat(tagged.version()).isGreaterThan(saved.version());
        DiscoverySession reopened = discovery.open(signedIn(anna), session.getId());
        assertThat(reopened.evidence(AnswerField.CHANNELS)).isEqualTo(Evidence.ASSUMPTION);
        Assessment assessment = discovery.assessment(signedIn(anna), session.getId()).assessment();
        assertThat(assessment.recommendations()).filteredOn(r -> r.channel() == Channel.TARGETED_ADS)
                .singleElement().satisfies(r -> assertThat(r.verify()).containsExactly(AnswerField.CHANNELS));
        discovery.saveEvidence(signedIn(anna), session.getId(), AnswerField.CHANNELS, Evidence.CLIENT_SAID);
        assertThat(discovery.open(signedIn(anna), session.getId()).evidence(AnswerField.CHANNELS))
                .isEqualTo(Evidence.CLIENT_SAID);
    }

    @Test
    void anAssessmentKeptByTheOldRulesStillOpensAndExportsWithItsRulesVersion() throws IOException {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня «Зерно»", Locale.forLanguageTag("ru"));
        discovery.complete(signedIn(anna), session.getId());
        transactions.executeWithoutResult(status -> {
            DiscoverySession stored = sessions.findById(session.getId()).orElseThrow();
            stored.keepAssessment(OLD_SNAPSHOT, "2026.11-1", Instant.now());
        });

        Assessment kept = discovery.assessment(signedIn(anna), session.getId()).assessment();

        assertThat(kept.rulesVersion()).isEqualTo("2026.11-1");
        assertThat(kept.verdicts()).isEmpty();
        assertThat(kept.testPlan()).isNull();
        assertThat(kept.recommendations().get(0).kpi()).isEqualTo(Kpi.USP_TESTED_WITH_CLIENTS);
        assertThat(kept.recommendations().get(2).stage()).isEqualTo(Stage.SCALE);
        assertThat(kept.recommendations()).allSatisfy(r -> assertThat(r.verify()).isEmpty());
        String text = pdfText(briefs.prepare(signedIn(anna), session.getId()));
        assertThat(text).contains("Кофейня «Зерно»", "Позиционирование", "УТП проверено на клиентах");
    }

    private String pdfText(com.discoverybrief.brief.BriefDocument brief) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        briefs.write(brief, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
