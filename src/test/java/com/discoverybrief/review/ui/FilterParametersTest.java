package com.discoverybrief.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.review.ReviewFilter;
import com.discoverybrief.strategy.BusinessModel;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterParametersTest {

    @Test
    void aFilterSurvivesTheRoundTripThroughALink() {
        ReviewFilter filter = new ReviewFilter("anna", SessionStatus.RETURNED, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), "Стоматология", BusinessModel.B2C, "обжарка 100%");

        QueryParameters query = FilterParameters.toQuery(filter);

        assertThat(FilterParameters.fromQuery(QueryParameters.fromString(query.getQueryString()))).isEqualTo(filter);
    }

    @Test
    void anEmptyFilterMakesAnEmptyQuery() {
        assertThat(FilterParameters.toQuery(ReviewFilter.NONE).getQueryString()).isEmpty();
    }

    @Test
    void ignoresWhatALinkGetsWrong() {
        ReviewFilter filter = FilterParameters.fromQuery(QueryParameters.simple(
                Map.of("status", "LOST", "from", "yesterday", "model", "B2B", "owner", " ")));

        assertThat(filter).isEqualTo(ReviewFilter.NONE.withBusinessModel(BusinessModel.B2B));
    }
}
