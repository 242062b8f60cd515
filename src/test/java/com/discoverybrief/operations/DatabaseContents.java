package com.discoverybrief.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every row of every table of a database, as text, in a fixed order: two databases hold the same
 * data exactly when their contents are equal.
 */
record DatabaseContents(SortedMap<String, List<String>> tables) {

    static DatabaseContents of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            SortedMap<String, List<String>> tables = new TreeMap<>();
            for (String table : tables(connection)) {
                tables.put(table.toLowerCase(Locale.ROOT), rows(connection, table));
            }
            return new DatabaseContents(tables);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same contents without the tables each database keeps for itself. */
    DatabaseContents without(String... tables) {
        SortedMap<String, List<String>> kept = new TreeMap<>(this.tables);
        for (String table : tables) {
            kept.remove(table);
        }
        return new DatabaseContents(kept);
    }

    int rows(String table) {
        return tables.getOrDefault(table, List.of()).size();
    }

    private static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String schema = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2") ? "PUBLIC" : "public";
        List<String> tables = new ArrayList<>();
        try (ResultSet found = metaData.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    /** The same value reads the same from H2 and PostgreSQL (booleans, numbers, instants). */
    private static String text(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof Number number) {
            return new java.math.BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select * from \"" + table + "\"")) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    row.append(columns.getColumnName(column).toLowerCase(Locale.ROOT)).append('=')
                            .append(text(result.getObject(column))).append(" | ");
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
