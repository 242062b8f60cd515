package com.discoverybrief.review.ui;

import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.review.ReviewFilter;
import com.discoverybrief.strategy.BusinessModel;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The review filter as a URL query ({@code ?owner=anna&status=COMPLETED&from=2026-11-01&q=coffee}),
 * so a lead can share the link to exactly what they see. Anything unreadable in a link is ignored.
 */
final class FilterParameters {

    private FilterParameters() {
    }

    static QueryParameters toQuery(ReviewFilter filter) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        put(query, "owner", filter.owner());
        put(query, "status", filter.status() == null ? null : filter.status().name());
        put(query, "from", filter.changedFrom() == null ? null : filter.changedFrom().toString());
        put(query, "to", filter.changedTo() == null ? null : filter.changedTo().toString());
        put(query, "industry", filter.industry());
        put(query, "model", filter.businessModel() == null ? null : filter.businessModel().name());
        put(query, "q", filter.text());
        return new QueryParameters(query);
    }

    static ReviewFilter fromQuery(QueryParameters query) {
        return new ReviewFilter(single(query, "owner").orElse(null),
                single(query, "status").map(parse(SessionStatus::valueOf)).orElse(null),
                single(query, "from").map(parse(LocalDate::parse)).orElse(null),
                single(query, "to").map(parse(LocalDate::parse)).orElse(null),
                single(query, "industry").orElse(null),
                single(query, "model").map(parse(BusinessModel::valueOf)).orElse(null),
                single(query, "q").orElse(null));
    }

    private static Optional<String> single(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(value -> !value.isBlank());
    }

    private static <T> Function<String, T> parse(Function<String, T> parser) {
        return value -> {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return null;
            }
        };
    }

    private static void put(Map<String, List<String>> query, String name, String value) {
        if (value != null) {
            query.put(name, List.of(value));
        }
    }
}
