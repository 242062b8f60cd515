package com.discoverybrief.operations;

import java.util.List;

/** The {@code postgres} profile was chosen without saying which database to use, as whom. */
class MissingDatabaseSettingsException extends IllegalStateException {

    private final List<String> missing;

    MissingDatabaseSettingsException(List<String> missing) {
        super("The postgres profile needs " + String.join(", ", missing) + "; it has no defaults.");
        this.missing = List.copyOf(missing);
    }

    List<String> missing() {
        return missing;
    }
}
