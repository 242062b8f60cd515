package com.discoverybrief.review;

/**
 * The order of the review grid. Only these columns can be sorted by, so nothing a browser sends
 * ever reaches the query text; ties are broken by id in the same direction.
 */
public record ReviewSort(Column column, boolean ascending) {

    /** Newest change first: the order the indexes are built for. */
    public static final ReviewSort DEFAULT = new ReviewSort(Column.UPDATED, false);

    /** A sortable column and the property path the query orders by. */
    public enum Column {
        CLIENT("s.header.clientCompany"),
        INDUSTRY("s.header.industry"),
        SALESPERSON("s.owner"),
        STATUS("s.status"),
        READINESS("s.readiness"),
        TOP_CHANNEL("s.topChannel"),
        UPDATED("s.updatedAt");

        private final String path;

        Column(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    /** The same order backwards, ties included (nulls too: both databases put them at opposite ends). */
    ReviewSort reversed() {
        return new ReviewSort(column, !ascending);
    }

    String orderBy() {
        String direction = ascending ? " asc" : " desc";
        return column.path() + direction + ", s.id" + direction;
    }
}
