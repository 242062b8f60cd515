package com.discoverybrief.accounts.internal;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail in the database: every line any feature writes to the {@code audit} log is also
 * stored in {@code audit_event}, with its action, username and client address, so it outlives the
 * node's log files and shows what happened on every node. Features keep logging as before; a
 * Logback appender on the {@code audit} logger hands each line to this trail.
 *
 * <p>Writing happens on one background thread, so a request that logs never waits for, or holds, a
 * second database connection. One appender serves the whole JVM: where tests run several application
 * contexts side by side, each line is stored once in each of their databases.
 */
@Component
public class AuditTrail {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final String APPENDER = "audit-trail";
    private static final int DETAIL = 2000;
    private static final int NAME = 100;
    private static final Deque<AuditTrail> OPEN = new ConcurrentLinkedDeque<>();
    private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

    private final NamedParameterJdbcTemplate jdbc;
    /** Which database this trail writes to: trails on the same one store a line only once. */
    private final String database;
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(10_000), runnable -> {
                Thread thread = new Thread(runnable, "audit-trail");
                thread.setDaemon(true);
                return thread;
            }, (runnable, executor) -> LOG.warn("audit trail queue full: one line kept only in the log"));

    AuditTrail(NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.database = database(dataSource);
    }

    private static String database(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getURL() + " " + metaData.getUserName());
        } catch (MetaDataAccessException e) {
            return "unknown-" + System.identityHashCode(dataSource);
        }
    }

    @PostConstruct
    void open() {
        OPEN.addLast(this);
        attach();
    }

    @PreDestroy
    void close() {
        OPEN.remove(this);
        drain();
        writer.shutdown();
    }

    /**
     * Spring Boot sets logging up afresh when an application starts, which drops appenders; whoever
     * opens a trail makes sure the audit logger has one.
     */
    private static synchronized void attach() {
        Logger audit = (Logger) LoggerFactory.getLogger("audit");
        if (audit.getAppender(APPENDER) == null) {
            AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
                @Override
                protected void append(ILoggingEvent event) {
                    AuditEntry entry = entry(event);
                    Set<String> written = new HashSet<>();
                    OPEN.stream().filter(trail -> written.add(trail.database)).forEach(trail -> trail.record(entry));
                }
            };
            appender.setName(APPENDER);
            appender.setContext(audit.getLoggerContext());
            appender.start();
            audit.addAppender(appender);
        }
    }

    /** Reads the sentence on the logging thread, where the request's address and user are known. */
    static AuditEntry entry(ILoggingEvent event) {
        Object[] arguments = Optional.ofNullable(event.getArgumentArray()).orElse(new Object[0]);
        Optional<AuditMessages.Shape> shape = AuditMessages.shape(event.getMessage());
        AuditAction action = shape.map(known -> AuditMessages.action(known, arguments)).orElse(AuditAction.OTHER);
        String user = shape.filter(known -> known.user() >= 0 && known.user() < arguments.length)
                .map(known -> String.valueOf(arguments[known.user()])).orElseGet(AuditTrail::signedIn);
        String address = shape.filter(known -> known.address() >= 0 && known.address() < arguments.length)
                .map(known -> String.valueOf(arguments[known.address()]))
                .orElse(event.getMDCPropertyMap().get(AuditContextFilter.CLIENT));
        return new AuditEntry(Instant.ofEpochMilli(event.getTimeStamp()), cut(user, NAME), action,
                cut(event.getFormattedMessage(), DETAIL), cut(address, NAME));
    }

    private static String signedIn() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || TRUST.isAnonymous(who) ? null : who.getName();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    void record(AuditEntry entry) {
        writer.execute(() -> insert(entry));
    }

    private void insert(AuditEntry entry) {
        try {
            jdbc.update("insert into audit_event (occurred_at, username, action, detail, client_address) "
                    + "values (:at, :user, :action, :detail, :address)", new MapSqlParameterSource()
                    .addValue("at", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                    .addValue("user", entry.username()).addValue("action", entry.action().name())
                    .addValue("detail", entry.detail()).addValue("address", entry.clientAddress()));
        } catch (RuntimeException e) {
            LOG.warn("audit trail: could not store «{}»; it is in the log only: {}", entry.detail(), e.toString());
        }
    }

    /**
     * Waits until every line logged so far is stored (at most a few seconds) — by every open trail,
     * since a line for this trail's database may have gone to another trail on the same database.
     */
    public void flush() {
        OPEN.forEach(AuditTrail::drain);
        drain();
    }

    private void drain() {
        if (writer.isShutdown()) {
            return;
        }
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("audit trail: lines still waiting to be stored: {}", e.toString());
        }
    }

    /** Newest first; {@code zone} says where the filter's days begin and end. */
    public List<AuditEntry> search(AuditFilter filter, ZoneId zone, int offset, int limit) {
        MapSqlParameterSource parameters = parameters(filter, zone).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query("select occurred_at, username, action, detail, client_address from audit_event"
                + where(filter) + " order by occurred_at desc, id desc limit :limit offset :offset", parameters, ROW);
    }

    public int count(AuditFilter filter, ZoneId zone) {
        Integer count = jdbc.queryForObject("select count(*) from audit_event" + where(filter),
                parameters(filter, zone), Integer.class);
        return count == null ? 0 : count;
    }

    private static String where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.username() != null && !filter.username().isBlank()) {
            conditions.add("lower(username) like :user escape '\\'");
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static MapSqlParameterSource parameters(AuditFilter filter, ZoneId zone) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (filter.username() != null && !filter.username().isBlank()) {
            String literal = filter.username().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            parameters.addValue("user", "%" + literal + "%");
        }
        if (filter.action() != null) {
            parameters.addValue("action", filter.action().name());
        }
        if (filter.from() != null) {
            parameters.addValue("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            parameters.addValue("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        return parameters;
    }

    private static final RowMapper<AuditEntry> ROW = (ResultSet row, int number) -> new AuditEntry(
            row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("username"),
            action(row.getString("action")), row.getString("detail"), row.getString("client_address"));

    private static AuditAction action(String stored) {
        try {
            return AuditAction.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return AuditAction.OTHER;
        }
    }
}
