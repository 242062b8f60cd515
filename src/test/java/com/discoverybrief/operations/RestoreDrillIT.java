package com.discoverybrief.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The restore drill: fill a database with sessions, answers, a kept assessment, comments and users,
 * back it up the documented way, wipe it, restore it the documented way, and compare every row of
 * every table. Any difference fails. On H2 always; on PostgreSQL when the suite runs on one.
 */
class RestoreDrillIT {

    @TempDir
    Path work;

    @Test
    void anH2BackupRestoresEveryRow() throws IOException {
        Path data = work.resolve("data");
        Path backups = data.resolve("backups");
        Files.createDirectories(backups);
        // Older backups beyond the kept count are removed when a new one is written.
        for (String old : new String[] {"20200101-000000", "20200102-000000", "20200103-000000"}) {
            Files.writeString(backups.resolve(Backups.PREFIX + old + ".zip"), "old");
        }
        Map<String, String> h2 = Map.of("DATA_DIR", data.toString(), "backup.keep", "2");
        DatabaseContents before;
        Backup backup;
        try (AppNode node = AppNode.start(h2)) {
            Actor admin = SampleData.fill(node);
            before = DatabaseContents.of(node.bean(DataSource.class));
            node.signIn(admin);
            backup = node.bean(Backups.class).backUpNow(admin);
            assertThat(node.bean(Backups.class).list()).extracting(Backup::name)
                    .containsExactly(backup.name(), Backups.PREFIX + "20200103-000000.zip");
            node.signOut();
        }
        Path kept = Files.copy(backups.resolve(backup.name()), work.resolve(backup.name()));

        FileSystemUtils.deleteRecursively(data);
        unzip(kept, data);

        try (AppNode node = AppNode.start(h2)) {
            assertThat(DatabaseContents.of(node.bean(DataSource.class))).isEqualTo(before);
        }
    }

    @Test
    @EnabledIf("com.discoverybrief.operations.PostgresServer#given")
    void aPostgresDumpRestoresEveryRow() {
        String name = "discovery_brief_drill_" + ProcessHandle.current().pid();
        Map<String, String> postgres = AppNode.postgres(PostgresServer.createDatabase(name));
        DatabaseContents before;
        try (AppNode node = AppNode.start(postgres)) {
            SampleData.fill(node);
            before = DatabaseContents.of(node.bean(DataSource.class));
        }
        // The recipe of docs/deploy.md: pg_dump in custom format, a new empty database, pg_restore.
        PostgresServer.tool(name, work, "pg_dump", "--format=custom", "--file=" + work.resolve("drill.dump"));
        PostgresServer.dropDatabase(name);
        PostgresServer.createDatabase(name);
        PostgresServer.tool(name, work, "pg_restore", "--no-owner", "--exit-on-error", work.resolve("drill.dump").toString());

        try (AppNode node = AppNode.start(postgres)) {
            assertThat(DatabaseContents.of(node.bean(DataSource.class))).isEqualTo(before);
        } finally {
            PostgresServer.dropDatabase(name);
        }
    }

    /** What {@code unzip backup.zip -d DATA_DIR} does. */
    private static void unzip(Path zip, Path directory) {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(file)) {
            Files.createDirectories(directory);
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = directory.resolve(entry.getName()).normalize();
                if (!target.startsWith(directory)) {
                    throw new IllegalStateException("zip entry outside the target: " + entry.getName());
                }
                Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
