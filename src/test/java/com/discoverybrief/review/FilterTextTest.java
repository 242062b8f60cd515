package com.discoverybrief.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Search and filter text is cleaned of control characters before it reaches a query. */
class FilterTextTest {

    @Test
    void controlCharactersAreTakenOutOfEveryTextFilterAndTheWordsStay() {
        ReviewFilter filter = ReviewFilter.NONE.withText("Ac\u0000me\u0007 dental").withOwner("an\u0000na")
                .withIndustry("den\u001btal\tclinic");

        assertThat(filter.text()).isEqualTo("Acme dental");
        assertThat(filter.owner()).isEqualTo("anna");
        assertThat(filter.industry()).isEqualTo("dental clinic");
    }

    @Test
    void aFilterOfNothingButControlCharactersIsNoFilter() {
        assertThat(ReviewFilter.NONE.withText("\u0000\u0001").text()).isNull();
    }
}
