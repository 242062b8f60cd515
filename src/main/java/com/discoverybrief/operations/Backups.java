package com.discoverybrief.operations;

import com.discoverybrief.accounts.Actor;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Online backups of the embedded H2 database: H2's {@code BACKUP TO} writes a consistent zip of the
 * database file while the application keeps working. Nightly and on an administrator's demand, into
 * {@code backup.directory}; only the newest {@code backup.keep} are kept. A PostgreSQL installation
 * is backed up with {@code pg_dump} instead (docs/deploy.md), and this service says it does nothing.
 *
 * <p>Restore: stop the application, unzip the chosen backup into {@code DATA_DIR} (it holds
 * {@code discovery-brief.mv.db}), start it again.
 */
@Service
@EnableConfigurationProperties(BackupProperties.class)
public class Backups {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    static final String PREFIX = "discovery-brief-";

    private final JdbcTemplate jdbc;
    private final BackupProperties properties;
    private final Clock clock;
    private final boolean embedded;

    Backups(DataSource dataSource, BackupProperties properties, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.properties = properties;
        this.clock = clock;
        this.embedded = embeddedFile(dataSource);
    }

    private static boolean embeddedFile(DataSource dataSource) {
        try {
            String url = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getURL());
            return url != null && url.startsWith("jdbc:h2:file:");
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether this installation keeps its data in the embedded H2 file this service backs up. */
    public boolean available() {
        return embedded;
    }

    /** The administrator's "back up now". */
    @RolesAllowed("ADMIN")
    public Backup backUpNow(Actor admin) {
        Backup backup = write();
        AUDIT.info("'{}' backed up the database to {} ({} bytes)", admin.username(), backup.name(), backup.bytes());
        return backup;
    }

    /** The nightly backup; on several nodes (which means PostgreSQL) it does nothing anyway. */
    @Scheduled(cron = "${backup.cron}")
    @SchedulerLock(name = "h2-backup", lockAtLeastFor = "PT10M")
    public void nightly() {
        if (!embedded) {
            return;
        }
        Backup backup = write();
        AUDIT.info("nightly backup of the database to {} ({} bytes)", backup.name(), backup.bytes());
    }

    private synchronized Backup write() {
        if (!embedded) {
            throw new IllegalStateException("only the embedded H2 database is backed up here; use pg_dump");
        }
        try {
            Files.createDirectories(properties.directory());
            Path file = properties.directory().resolve(PREFIX + STAMP.format(clock.instant()) + ".zip");
            jdbc.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            prune();
            return describe(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backups there are, newest first. */
    @RolesAllowed("ADMIN")
    public List<Backup> list() {
        if (!Files.isDirectory(properties.directory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(properties.directory())) {
            return files.filter(Backups::isBackup).map(Backups::describe)
                    .sorted(Comparator.comparing(Backup::name).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path directory() {
        return properties.directory().toAbsolutePath().normalize();
    }

    private void prune() throws IOException {
        try (Stream<Path> files = Files.list(properties.directory())) {
            List<Path> old = files.filter(Backups::isBackup)
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                    .skip(properties.keep()).toList();
            for (Path file : old) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static boolean isBackup(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(".zip") && Files.isRegularFile(file);
    }

    private static Backup describe(Path file) {
        try {
            return new Backup(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
