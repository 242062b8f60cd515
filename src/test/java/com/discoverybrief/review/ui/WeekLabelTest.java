package com.discoverybrief.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WeekLabelTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void namesTheIsoWeekAndItsDatesWithTheYear() {
        LocalDate monday = LocalDate.of(2026, 11, 23);

        assertThat(WeekLabel.of(monday, Locale.ENGLISH)).isEqualTo(new WeekLabel(48, "23–29 Nov 2026"));
        assertThat(WeekLabel.of(monday, RU)).isEqualTo(new WeekLabel(48, "23–29 нояб. 2026"));
    }

    @Test
    void aWeekAcrossTwoMonthsOrTwoYearsNamesBothEnds() {
        assertThat(WeekLabel.of(LocalDate.of(2026, 11, 30), Locale.ENGLISH).dates()).isEqualTo("30 Nov – 6 Dec 2026");
        assertThat(WeekLabel.of(LocalDate.of(2026, 11, 30), RU).dates()).isEqualTo("30 нояб. – 6 дек. 2026");
        // 2026 has 53 ISO weeks: the one that ends on 3 January 2027 is its 53rd, not week 1.
        assertThat(WeekLabel.of(LocalDate.of(2026, 12, 28), Locale.ENGLISH))
                .isEqualTo(new WeekLabel(53, "28 Dec 2026 – 3 Jan 2027"));
        assertThat(WeekLabel.of(LocalDate.of(2024, 12, 30), RU))
                .isEqualTo(new WeekLabel(1, "30 дек. 2024 – 5 янв. 2025"));
    }
}
