package com.discoverybrief.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving from H2 to PostgreSQL (docs/deploy.md): an installation's H2 file, started once on an empty
 * PostgreSQL database with {@code --import-h2}, arrives with every row of every table, and new rows
 * get new ids.
 */
@EnabledIf("com.discoverybrief.operations.PostgresServer#given")
class H2ToPostgresImportIT {

    @TempDir
    Path work;

    @Test
    void everyRowOfTheH2InstallationArrivesInPostgres() {
        Path data = work.resolve("data");
        DatabaseContents before;
        try (AppNode h2 = AppNode.start(Map.of("DATA_DIR", data.toString()))) {
            SampleData.fill(h2);
            before = DatabaseContents.of(h2.bean(DataSource.class));
        }
        String name = "discovery_brief_import_" + ProcessHandle.current().pid();
        Map<String, String> postgres = new HashMap<>(AppNode.postgres(PostgresServer.createDatabase(name)));
        postgres.put("import-h2", data.resolve("discovery-brief").toString());

        try (AppNode node = AppNode.start(postgres)) {
            DatabaseContents after = DatabaseContents.of(node.bean(DataSource.class));
            assertThat(after.without("flyway_schema_history", "shedlock"))
                    .isEqualTo(before.without("flyway_schema_history", "shedlock"));

            Actor sales = AccountFixtures.user(node.context(), Role.SALES);
            node.signIn(sales);
            DiscoverySession fresh = node.bean(DiscoveryService.class).start(sales, "Новый клиент", Locale.ENGLISH);
            assertThat(fresh.getId()).as("a new session's id after the imported ones").isPositive();
            node.signOut();
        } finally {
            PostgresServer.dropDatabase(name);
        }
    }
}
