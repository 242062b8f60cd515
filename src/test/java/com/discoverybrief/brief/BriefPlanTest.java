package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Horizon;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.Reason;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Page one's plan as words (issue 14): what each step says about the client's answers. */
class BriefPlanTest {

    private static Recommendation step(int priority, Channel channel, Reason... reasons) {
        return new Recommendation(priority, channel, Stage.TEST, List.of(reasons), Kpi.COST_PER_ACQUISITION,
                Horizon.ONE_TO_THREE_MONTHS, Optional.empty());
    }

    private static BriefDocument withSteps(BriefDocument brief, List<Recommendation> steps) {
        Assessment a = brief.assessment();
        Assessment changed = new Assessment(a.rulesVersion(), a.levels(), steps, a.beforeAdsChecklist(), a.summary());
        return new BriefDocument(brief.header(), brief.answers(), changed, brief.branding(), brief.locale(),
                brief.generatedOn());
    }

    @Test
    void sameAnswersAsAboveIsSaidOnlyWhenTheStepAboveCitedExactlyThoseAnswers() {
        Reason pains = Reason.quoting("r1", AnswerField.PAINS, "боятся боли");
        Reason usp = Reason.quoting("r2", AnswerField.USP, "качество и сервис");
        BriefDocument brief = withSteps(BriefFixtures.russianClinic(), List.of(
                step(1, Channel.POSITIONING, Reason.missing("m", AnswerField.USP)), // no quotable answers, step 1
                step(2, Channel.ANALYTICS_SETUP, pains),
                step(3, Channel.CONTEXTUAL_ADS, pains), // truly the same as the step above
                step(4, Channel.SEO_CONTENT, usp),
                step(5, Channel.CRM_MARKETING, pains))); // quoted at step 2, but the step above cited other words
        for (Locale locale : List.of(BriefFixtures.RUSSIAN, Locale.ENGLISH)) {
            BriefPlan plan = BriefPlan.of(BriefFixtures.in(brief, locale), BriefText.of(locale));

            assertThat(plan.steps()).extracting(BriefPlan.Step::sameAsAbove)
                    .containsExactly(false, false, true, false, false);
            // step 5's words were quoted at step 2: its cell names them instead of standing empty
            BriefText text = BriefText.of(locale);
            assertThat(plan.steps()).extracting(BriefPlan.Step::shownAbove).containsExactly(null, null, null, null,
                    text.get("brief.recommendations.shownAbove", AdviceText.lowerFirst(text.fieldLabel(AnswerField.PAINS))));
            String pdf = ReadBack.text(BriefFixtures.render(BriefFixtures.in(brief, locale)))
                    .replaceAll("\\s+", " ");
            String same = BriefText.of(locale).get("brief.plan.sameWords");
            assertThat(pdf.split(java.util.regex.Pattern.quote(same), -1)).as(locale + ": said once, at step 3")
                    .hasSize(2);
        }
    }

    @Test
    void clientWordsAlreadyInQuotesAreNotQuotedAgain() {
        BriefText ru = BriefText.of(BriefFixtures.RUSSIAN);
        BriefText en = BriefText.of(Locale.ENGLISH);
        assertThat(Quotes.quote("«Качество и сервис», но отличие не сформулировано", ru))
                .isEqualTo("«„Качество и сервис“, но отличие не сформулировано»");
        assertThat(Quotes.quote("«Качество и сервис»", ru)).isEqualTo("«Качество и сервис»");
        assertThat(Quotes.quote("просто слова", ru)).isEqualTo("«просто слова»");
        assertThat(Quotes.quote("“Quality and service”, but", en)).isEqualTo("“‘Quality and service’, but”");
        assertThat(Quotes.quote("\"Fresh\" bread", en)).isEqualTo("“‘Fresh’ bread”");

        BriefPlan plan = BriefPlan.of(BriefFixtures.russianClinic(), ru);
        assertThat(plan.steps().get(0).clientWords()).anySatisfy(line -> assertThat(line)
                .contains("«„Качество и сервис“, но сформулировать отличие одной фразой пока не можем.»"));
        String pdf = ReadBack.text(BriefFixtures.render(BriefFixtures.russianClinic()));
        assertThat(pdf).doesNotContain("««").doesNotContain("»»");
    }

    @Test
    void theBriefNamesTheClientsChannelsAsYoursWhileTheWizardKeepsItsLabel() {
        BriefText ru = BriefText.of(BriefFixtures.RUSSIAN);
        BriefText en = BriefText.of(Locale.ENGLISH);
        assertThat(ru.fieldLabel(AnswerField.REQUESTED_CHANNELS)).isEqualTo("Каналы, о которых вы спрашивали");
        assertThat(en.fieldLabel(AnswerField.REQUESTED_CHANNELS)).isEqualTo("Channels you asked about");
        assertThat(com.discoverybrief.base.Translations.bundle(BriefFixtures.RUSSIAN)
                .getString("field.REQUESTED_CHANNELS.label")).isEqualTo("Каналы, которые хочет клиент");
        BriefDocument brief = withSteps(BriefFixtures.russianClinic(), List.of(step(1, Channel.CONTEXTUAL_ADS,
                Reason.of("asked", AnswerField.REQUESTED_CHANNELS, Channel.CONTEXTUAL_ADS))));
        String pdf = ReadBack.text(BriefFixtures.render(brief)).replaceAll("\\s+", " ");
        assertThat(pdf).contains("Каналы, о которых вы спрашивали").doesNotContain("которые хочет клиент");
    }
}
