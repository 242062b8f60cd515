package com.discoverybrief.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Moves an installation from the embedded H2 database to PostgreSQL: started once with
 * {@code --import-h2=<DATA_DIR>/discovery-brief} on an empty PostgreSQL database (Flyway has just
 * created the tables), it copies every row of every table the two have in common — users and roles,
 * sessions with their answers and kept assessments, history, comments, the audit trail — parents
 * before children, sets the identity sequences past the copied ids, and then runs as usual. It
 * refuses a database that already holds data, and the H2 file is opened read-only (stop the H2
 * installation first).
 */
@Component
@ConditionalOnProperty("import-h2")
class H2Import implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(H2Import.class);
    /** Bookkeeping of each database itself, not data to carry over. */
    private static final Set<String> NOT_DATA = Set.of("flyway_schema_history", "shedlock");
    private static final int BATCH = 500;

    private final DataSource target;
    private final Path source;

    H2Import(DataSource target, @Value("${import-h2}") String source) {
        this.target = target;
        this.source = Path.of(source.replaceFirst("\\.mv\\.db$", ""));
    }

    @Override
    public void run(ApplicationArguments arguments) throws SQLException {
        if (!Files.isRegularFile(Path.of(source + ".mv.db"))) {
            throw new IllegalStateException("import-h2: there is no H2 database at " + source + ".mv.db");
        }
        String url = "jdbc:h2:file:" + source.toAbsolutePath() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection from = DriverManager.getConnection(url, "sa", ""); Connection to = target.getConnection()) {
            if (!to.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql")) {
                throw new IllegalStateException("import-h2 copies into PostgreSQL: start it with the postgres profile");
            }
            List<String> tables = inDependencyOrder(to, common(from, to));
            for (String table : tables) {
                if (count(to, table) > 0) {
                    throw new IllegalStateException("import-h2: the PostgreSQL database already holds data (table "
                            + table + "); import only into an empty one");
                }
            }
            to.setAutoCommit(false);
            Map<String, Integer> copied = new LinkedHashMap<>();
            for (String table : tables) {
                copied.put(table, copy(from, to, table));
                resetIdentity(to, table);
            }
            documents(from, to, "session_answer", "field", "answer", "answers");
            documents(from, to, "session_note", "question", "note", "notes");
            searchDocuments(to);
            keptAssessments(from, to);
            to.commit();
            to.setAutoCommit(true);
            LOG.info("Imported from {}: {}", source, copied);
        }
    }

    /**
     * An H2 file from before V19_10 keeps each answer (and note) in a row of its own: they become the
     * session's document here, as PostgreSQL's V19_10 makes it (the rows pass through a temporary
     * table, so PostgreSQL's own JSON functions escape them exactly as the migration does), or the
     * imported sessions would arrive without their words.
     */
    private static void documents(Connection from, Connection to, String table, String key, String value,
            String document) throws SQLException {
        if (!tables(from).contains(table)) {
            return;
        }
        int rows = 0;
        try (Statement statement = to.createStatement()) {
            statement.execute("create temporary table old_" + table + " (session_id bigint not null, " + key
                    + " varchar(40) not null, " + value + " text not null) on commit drop");
        }
        try (Statement read = from.createStatement();
                ResultSet source = read.executeQuery("select session_id, " + key + ", " + value + " from " + table);
                PreparedStatement write = to.prepareStatement(
                        "insert into old_" + table + " (session_id, " + key + ", " + value + ") values (?, ?, ?)")) {
            while (source.next()) {
                write.setLong(1, source.getLong(1));
                write.setString(2, source.getString(2));
                write.setString(3, source.getString(3));
                write.addBatch();
                if (++rows % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        try (Statement statement = to.createStatement()) {
            statement.execute("update discovery_session s set " + document + " = (select json_object_agg(o." + key
                    + ", o." + value + " order by o." + key + ")::text from old_" + table + " o where o.session_id = s.id)"
                    + " where exists (select 1 from old_" + table + " o where o.session_id = s.id)");
            LOG.info("Moved {} rows of {} into the {} of {} imported sessions", rows, table, document,
                    statement.getUpdateCount());
        }
    }

    /**
     * An H2 file from before issue 15 has no search documents: they are made here as PostgreSQL's
     * V16_1 migration makes them, or its sessions could not be found by the leads' search.
     */
    private static void searchDocuments(Connection to) throws SQLException {
        try (var statement = to.createStatement()) {
            // Like the copy itself a plain JDBC write of rows (ArchitectureTest keeps executeUpdate, the
            // EntityManager's way of changing sessions, to discovery).
            statement.execute("update discovery_session s set search_text = lower(s.client_company)"
                    + " || coalesce((select string_agg(chr(10) || lower(a.value), '' order by a.key)"
                    + " from json_each_text(s.answers::json) a), '') where s.search_text is null");
            int made = statement.getUpdateCount();
            if (made > 0) {
                LOG.info("Made the search document of {} imported sessions", made);
            }
        }
    }

    /**
     * An H2 file from before V17_40 keeps each assessment on the session's row: it goes to its own
     * table here, as V17_40 moves it, or completed sessions would arrive without what was recommended.
     */
    private static void keptAssessments(Connection from, Connection to) throws SQLException {
        if (!columns(from, "discovery_session").contains("assessment_snapshot")) {
            return;
        }
        int moved = 0;
        try (Statement read = from.createStatement();
                ResultSet source = read.executeQuery("select id, assessment_snapshot, coalesce(snapshot_at, completed_at,"
                        + " updated_at) from discovery_session where assessment_snapshot is not null");
                PreparedStatement write = to.prepareStatement(
                        "insert into session_assessment (session_id, snapshot) values (?, ?)");
                PreparedStatement kept = to.prepareStatement("update discovery_session set snapshot_at = ? where id = ?")) {
            while (source.next()) {
                write.setLong(1, source.getLong(1));
                write.setString(2, source.getString(2));
                write.addBatch();
                kept.setObject(1, source.getObject(3));
                kept.setLong(2, source.getLong(1));
                kept.addBatch();
                if (++moved % BATCH == 0) {
                    write.executeBatch();
                    kept.executeBatch();
                }
            }
            write.executeBatch();
            kept.executeBatch();
        }
        if (moved > 0) {
            LOG.info("Moved the kept assessment of {} imported sessions to its own table", moved);
        }
    }

    private static Set<String> common(Connection from, Connection to) throws SQLException {
        Set<String> tables = new LinkedHashSet<>(tables(to));
        tables.retainAll(tables(from));
        tables.removeAll(NOT_DATA);
        return tables;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(null, schema(connection), "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static String schema(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2") ? "PUBLIC" : "public";
    }

    /** Tables a foreign key points to come before the tables that point to them. */
    private static List<String> inDependencyOrder(Connection connection, Set<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        DatabaseMetaData metaData = connection.getMetaData();
        for (String table : tables) {
            Set<String> referenced = new LinkedHashSet<>();
            try (ResultSet keys = metaData.getImportedKeys(null, schema(connection), table)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table) && tables.contains(parent)) {
                        referenced.add(parent);
                    }
                }
            }
            parents.put(table, referenced);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                if (!ordered.contains(table.getKey()) && ordered.containsAll(table.getValue())) {
                    ordered.add(table.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("import-h2: the tables' foreign keys form a cycle: " + parents);
            }
        }
        return ordered;
    }

    private static int copy(Connection from, Connection to, String table) throws SQLException {
        List<String> columns = columns(to, table);
        columns.retainAll(columns(from, table));
        String list = String.join(", ", columns);
        String placeholders = String.join(", ", columns.stream().map(column -> "?").toList());
        int rows = 0;
        try (Statement read = from.createStatement();
                ResultSet source = read.executeQuery("select " + list + " from " + table);
                PreparedStatement write = to.prepareStatement(
                        "insert into " + table + " (" + list + ") values (" + placeholders + ")")) {
            while (source.next()) {
                for (int column = 1; column <= columns.size(); column++) {
                    write.setObject(column, source.getObject(column));
                }
                write.addBatch();
                if (++rows % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return rows;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        String name = schema(connection).equals("PUBLIC") ? table.toUpperCase(Locale.ROOT) : table;
        List<String> columns = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getColumns(null, schema(connection), name, "%")) {
            while (found.next()) {
                columns.add(found.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    /** New rows get ids after the copied ones. */
    private static void resetIdentity(Connection to, String table) throws SQLException {
        if (!columns(to, table).contains("id")) {
            return;
        }
        try (Statement statement = to.createStatement()) {
            statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 1), "
                    + "max(id) is not null) from " + table + " where pg_get_serial_sequence('" + table + "', 'id') is not null");
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
