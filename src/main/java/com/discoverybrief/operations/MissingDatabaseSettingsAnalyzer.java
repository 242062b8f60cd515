package com.discoverybrief.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing PostgreSQL setting into Spring Boot's "APPLICATION FAILED TO START" words. */
public class MissingDatabaseSettingsAnalyzer extends AbstractFailureAnalyzer<MissingDatabaseSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, MissingDatabaseSettingsException cause) {
        return new FailureAnalysis(
                "The postgres profile (SPRING_PROFILES_ACTIVE=postgres) has no default database, user or password, and "
                        + String.join(", ", cause.missing()) + (cause.missing().size() == 1 ? " is" : " are") + " not set.",
                "Set all three, for example:\n"
                        + "    DB_URL=jdbc:postgresql://127.0.0.1:5432/discovery_brief\n"
                        + "    DB_USER=discovery_brief\n"
                        + "    DB_PASSWORD=... (may be empty for trust authentication, but must be set)\n"
                        + "or leave the postgres profile out to use the embedded H2 database under DATA_DIR.",
                cause);
    }
}
