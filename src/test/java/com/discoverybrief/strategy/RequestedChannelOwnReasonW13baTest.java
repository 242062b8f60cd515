package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * w13ay's leftover of finding 75 (11, a building-materials wholesaler with a business-card site): the contextual verdict
 * read only «по той же причине, что и канал выше» (the marketplaces' thin-margin reason), though its own reason is
 * different — it lands on a site, and the client's site takes no enquiry. It says so: after the allowable cost is
 * counted and a site that takes orders exists, within that limit.
 */
class RequestedChannelOwnReasonW13baTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void aThinMarginChannelThatLandsOnAMissingSiteSaysItsOwnReason() throws Exception {
        Answers wholesaler = client("11-building-materials-wholesale.scenario");
        Verdict marketplaces = verdict(wholesaler, Channel.MARKETPLACES);
        Verdict contextual = verdict(wholesaler, Channel.CONTEXTUAL_ADS);
        assertThat(contextual.reason()).isEqualTo(VerdictReason.THIN_MARGIN);
        String ru = AdviceText.of(RU).verdictReason(contextual);
        assertThat(ru).isNotEqualTo(AdviceText.of(RU).verdictReason(marketplaces))
                .contains("сайт", "заявок", "допустимой стоимости клиента", "в этом пределе");
        assertThat(AdviceText.of(EN).verdictReason(contextual)).contains("site", "within that limit");
        assertThat(AdviceText.of(RU).verdictChange(contextual)).contains("сайт");
        // the marketplaces need no site: their reason stays the margin in roubles
        assertThat(AdviceText.of(RU).verdictReason(marketplaces)).doesNotContain("сайт");
        String brief = ScenarioBriefs.text("11-building-materials-wholesale", RU);
        assertThat(brief).doesNotContain("по той же причине");
    }

    private Verdict verdict(Answers answers, Channel channel) {
        return engine.assess(answers).verdicts().stream().filter(v -> v.channel() == channel).findFirst().orElseThrow();
    }
}
