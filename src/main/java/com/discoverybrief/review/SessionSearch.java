package com.discoverybrief.review;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The review grid's query: one statement per page, a projection of the session row, conditions only
 * for the filters actually set. The query text is built from fixed fragments only (values are bound),
 * and it is built per filter rather than with {@code (:x is null or …)} so that the database can
 * pick the index that fits each combination. The grid also counts the filtered list once per filter,
 * so its scrollbar reaches any row. A page in the second half of the list is read from its other end
 * (the same order reversed, then turned back), so no page skips more than half the list: the last
 * page of 100,000 rows costs what the first does. (Reading a deep page by ids through the sort index
 * first was measured and was no quicker on either database — see the README's Benchmarks.)
 */
@Component
class SessionSearch {

    private static final String SELECT = """
            select new com.discoverybrief.review.ReviewRow(s.id, s.header.clientCompany, s.header.industry,
                s.owner, s.status, s.readiness, s.topChannel, s.updatedAt, s.planAdjustments)
            from DiscoverySession s where 1 = 1""";

    private final EntityManager entityManager;
    private final Clock clock;

    SessionSearch(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The rows {@code offset} to {@code offset + limit} of the filtered list in {@code sort} order.
     * {@code total} is the list's length as the grid last counted it (0 when not known): past the
     * middle, the page is read from the end. A count gone stale by a few rows shifts a deep page by
     * those rows, as rows added at the top shift every offset anyway.
     */
    List<ReviewRow> page(ReviewFilter filter, ReviewSort sort, int offset, int limit, long total) {
        long fromEnd = total - offset - limit;
        if (offset >= total || offset <= Math.max(0, fromEnd)) {
            return read(filter, sort, offset, limit);
        }
        int rows = (int) Math.min(limit, total - offset);
        List<ReviewRow> page = new ArrayList<>(read(filter, sort.reversed(), (int) Math.max(0, fromEnd), rows));
        Collections.reverse(page);
        return page;
    }

    private List<ReviewRow> read(ReviewFilter filter, ReviewSort sort, int offset, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String jpql = SELECT + conditions(filter, parameters) + " order by " + sort.orderBy();
        TypedQuery<ReviewRow> query = entityManager.createQuery(jpql, ReviewRow.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many sessions the filter lets through, so the grid's scrollbar is true and reaches any row. */
    long count(ReviewFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = entityManager.createQuery(
                "select count(s) from DiscoverySession s where 1 = 1" + conditions(filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * Where {@code day} begins in the default order (newest change first): the number of sessions the
     * filter lets through that changed after that day. The grid scrolls there in one step.
     */
    long positionOf(ReviewFilter filter, LocalDate day) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = entityManager.createQuery("select count(s) from DiscoverySession s where 1 = 1"
                + conditions(filter, parameters) + " and s.updatedAt >= :after", Long.class);
        parameters.forEach(query::setParameter);
        return query.setParameter("after", startOf(day.plusDays(1))).getSingleResult();
    }

    /**
     * The page after {@code last} in the default order. Keyset rather than offset, so that exporting a
     * long list reads each row once instead of skipping ever more rows.
     */
    List<ReviewRow> after(ReviewFilter filter, ReviewRow last, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder jpql = new StringBuilder(SELECT).append(conditions(filter, parameters));
        if (last != null) {
            jpql.append(" and (s.updatedAt < :lastAt or (s.updatedAt = :lastAt and s.id < :lastId))");
            parameters.put("lastAt", last.updatedAt());
            parameters.put("lastId", last.id());
        }
        jpql.append(" order by ").append(ReviewSort.DEFAULT.orderBy());
        TypedQuery<ReviewRow> query = entityManager.createQuery(jpql.toString(), ReviewRow.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private String conditions(ReviewFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.owner() != null) {
            where.append(" and s.owner = :owner");
            parameters.put("owner", filter.owner());
        }
        if (filter.status() != null) {
            where.append(" and s.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.changedFrom() != null) {
            where.append(" and s.updatedAt >= :from");
            parameters.put("from", startOf(filter.changedFrom()));
        }
        if (filter.changedTo() != null) {
            where.append(" and s.updatedAt < :to");
            parameters.put("to", startOf(filter.changedTo().plusDays(1)));
        }
        if (filter.industry() != null) {
            where.append(" and s.header.industry = :industry");
            parameters.put("industry", filter.industry());
        }
        if (filter.businessModel() != null) {
            where.append(" and s.header.businessModel = :model");
            parameters.put("model", filter.businessModel());
        }
        if (filter.text() != null) {
            // One column per session holds the client's name and every answer (issue 15): on PostgreSQL
            // its trigram index finds a rare term without reading every session; H2 reads the column.
            where.append(" and s.searchText like :text escape '\\'");
            parameters.put("text", containsPattern(filter.text()));
        }
        return where.toString();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** A lower-case LIKE pattern that finds the text anywhere, with the user's own % and _ taken literally. */
    static String containsPattern(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
