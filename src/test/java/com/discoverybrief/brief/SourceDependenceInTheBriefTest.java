package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Answers;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.ChannelOutcome;
import com.discoverybrief.strategy.ChannelUse;
import com.discoverybrief.strategy.CurrentChannel;
import com.discoverybrief.strategy.CustomerBase;
import com.discoverybrief.strategy.Geography;
import com.discoverybrief.strategy.MapListings;
import com.discoverybrief.strategy.Reviews;
import com.discoverybrief.strategy.SourceDependence;
import com.discoverybrief.strategy.StrategyEngine;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A client who lives on one platform reads the fact and the risk it carries in the brief. */
class SourceDependenceInTheBriefTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static String brief(Locale locale) {
        Answers answers = Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY)
                .budget(BudgetRange.FROM_50K_TO_150K)
                .set(AnswerField.SEGMENTS, "Владельцы квартир в спальных районах")
                .set(AnswerField.SOURCE_DEPENDENCE, SourceDependence.ONE_PLATFORM)
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.MARKETPLACES, ChannelOutcome.PROFIT)))
                .set(AnswerField.MAPS, MapListings.NONE)
                .set(AnswerField.REVIEWS, Reviews.GOOD)
                .set(AnswerField.CUSTOMER_BASE, CustomerBase.SPREADSHEET)
                .build();
        BriefDocument document = new BriefDocument(BriefDocument.Header.of("Муж на час «Мастер рядом»", null, "ремонт",
                DAY, "Артём", answers), answers, new StrategyEngine().assess(answers), AgencyBranding.defaults(), locale,
                DAY);
        return ReadBack.text(BriefFixtures.render(document)).replaceAll("[\\s\u00A0\u202F]+", " ");
    }

    @Test
    void theRussianBriefShowsTheFactAndNamesTheRisk() {
        assertThat(brief(BriefFixtures.RUSSIAN)).contains("Один клиент или одна площадка",
                "Одна площадка — половина заказов или больше",
                "Одна площадка приносит половину заказов или больше: её правила и цена за заказ решают за вас");
    }

    @Test
    void theEnglishBriefSaysTheSame() {
        assertThat(brief(Locale.ENGLISH)).contains("One customer or one platform", "One platform brings half or more",
                "One platform brings half of the orders or more: its rules and its price per order decide for you");
    }
}
