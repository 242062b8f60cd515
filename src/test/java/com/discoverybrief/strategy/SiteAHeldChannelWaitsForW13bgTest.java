package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Finding 152 (11, building-materials wholesale with a business-card site): the client asks for contextual ads and hears
 * «запускаем его после сайта, который их принимает», yet no line of the plan builds that site and «Дальше» says nothing.
 * Rule: a requested channel held until a site takes enquiries, where the plan builds no site, names the site as the
 * next step after the plan, then the channel — in Russian and in English.
 */
class SiteAHeldChannelWaitsForW13bgTest {

    private static final String WHOLESALE = "11-building-materials-wholesale";

    @Test
    void theSiteTheHeldChannelWaitsForIsTheNextStepWhenNoLineBuildsIt() throws Exception {
        Assessment assessment = new StrategyEngine().assess(client(WHOLESALE + ".scenario"));
        assertThat(assessment.testPlan().lines()).noneMatch(line -> line.channel() == Channel.WEBSITE);
        assertThat(ScenarioBriefs.text(WHOLESALE, Locale.forLanguageTag("ru"))).contains("после сайта, который их принимает")
                .contains("Дальше, за пределами этих 3 месяцев, — сайт, который принимает заявки: форма заявки и цены; "
                        + "после него — контекстная реклама.");
        assertThat(ScenarioBriefs.text(WHOLESALE, Locale.ENGLISH)).contains(
                "Next, beyond these 3 months: a site that takes enquiries, with an enquiry form and prices; after it, contextual");
    }

    @Test
    void aPlanThatBuildsTheSiteSaysNothingMore() throws Exception {
        // 72 builds its site in the plan and moves contextual past it: the held channel's own «Дальше» stays alone
        assertThat(ScenarioBriefs.text("72-furniture-factory-dealers", Locale.forLanguageTag("ru")))
                .doesNotContain("— сайт, который принимает заявки");
    }
}
