package com.discoverybrief.operations;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Backups of the embedded H2 database: where they go ({@code backup.directory}, by default
 * {@code DATA_DIR/backups}), how many are kept ({@code backup.keep}), and when the nightly one runs
 * ({@code backup.cron}).
 */
@ConfigurationProperties("backup")
record BackupProperties(Path directory, int keep, String cron) {

    BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("backup.keep must be at least 1, was " + keep);
        }
    }
}
