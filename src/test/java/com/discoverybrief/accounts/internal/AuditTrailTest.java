package com.discoverybrief.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every line of the audit log lands in the audit_event table, where the administrator can filter it. */
@SpringBootTest
class AuditTrailTest {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");
    private static final Pattern AUDIT_CALL = Pattern.compile("AUDIT\\.(?:info|warn|error)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Autowired
    AuditTrail trail;

    @Autowired
    Clock clock;

    @Test
    void anAuditLineIsStoredWithItsActionUserAndText() {
        String admin = unique("admin");
        AUDIT.info("'{}' created user '{}' with roles {}", admin, "bob", "[SALES]");
        AUDIT.info("'{}' {} user '{}'", admin, "disabled", "bob");
        trail.flush();

        List<AuditEntry> entries = trail.search(new AuditFilter(admin, null, null, null), ZoneOffset.UTC, 0, 10);

        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly(AuditAction.USER_DISABLED, AuditAction.USER_CREATED);
        assertThat(entries.get(1).detail()).isEqualTo("'" + admin + "' created user 'bob' with roles [SALES]");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.username()).isEqualTo(admin));
    }

    @Test
    void theAdministratorFiltersByUserActionAndDate() {
        String who = unique("Filtered_User");
        AUDIT.warn("failed login for '{}' from {}: {}", who, "198.51.100.4", "BadCredentialsException");
        AUDIT.info("login of '{}' from {}", who, "198.51.100.4");
        trail.flush();
        LocalDate today = LocalDate.now(clock);

        assertThat(trail.count(new AuditFilter(who.toUpperCase(), null, null, null), clock.getZone())).isEqualTo(2);
        assertThat(trail.search(new AuditFilter(who, AuditAction.LOGIN_FAILED, today, today), clock.getZone(), 0, 10))
                .singleElement().satisfies(entry -> assertThat(entry.clientAddress()).isEqualTo("198.51.100.4"));
        assertThat(trail.count(new AuditFilter(who, null, today.plusDays(1), null), clock.getZone())).isZero();
        assertThat(trail.count(new AuditFilter(who, null, null, today.minusDays(1)), clock.getZone())).isZero();
        // _ and % in a typed name are literal characters, not wildcards.
        assertThat(trail.count(new AuditFilter("filtered%user", null, null, null), clock.getZone())).isZero();
    }

    @Test
    void aSentenceTheTrailDoesNotKnowIsStillKeptAsOther() {
        String marker = unique("unknown");
        AUDIT.info("something new happened: {}", marker);
        trail.flush();

        assertThat(trail.search(new AuditFilter(null, AuditAction.OTHER, null, null), ZoneOffset.UTC, 0, 1000))
                .anySatisfy(entry -> assertThat(entry.detail()).isEqualTo("something new happened: " + marker));
    }

    /** A new audit sentence needs its line in AuditMessages, or the trail files it under OTHER. */
    @Test
    void everyAuditSentenceInTheCodeHasItsActionAndColumns() throws IOException {
        List<String> unknown;
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            unknown = sources.filter(file -> file.toString().endsWith(".java")).flatMap(AuditTrailTest::auditSentences)
                    .filter(sentence -> !AuditMessages.known(sentence)).toList();
        }
        assertThat(unknown).as("audit sentences without a line in AuditMessages").isEmpty();
    }

    private static Stream<String> auditSentences(Path file) {
        try {
            Matcher calls = AUDIT_CALL.matcher(Files.readString(file));
            return calls.results().map(call -> call.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
