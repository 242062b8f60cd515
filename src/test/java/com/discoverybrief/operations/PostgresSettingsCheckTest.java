package com.discoverybrief.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** The postgres profile starts only with a database, a user and a password given. */
class PostgresSettingsCheckTest {

    private final PostgresSettingsCheck check = new PostgresSettingsCheck();

    @Test
    void withoutTheProfileNothingIsAsked() {
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void thePostgresProfileWithNothingSetNamesAllThree() {
        MockEnvironment environment = postgres();

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(MissingDatabaseSettingsException.class, missing ->
                        assertThat(missing.missing()).containsExactly("DB_URL", "DB_USER", "DB_PASSWORD"));
    }

    @Test
    void anEmptyPasswordIsAllowedWhenItIsSet() {
        MockEnvironment environment = postgres()
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/db")
                .withProperty("spring.datasource.username", "app").withProperty("DB_PASSWORD", "");

        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void theFailureSaysWhatIsMissingAndHowToSetIt() {
        MockEnvironment environment = postgres().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
                .withProperty("spring.datasource.username", "app");
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> check.postProcessEnvironment(environment, new SpringApplication()));

        FailureAnalysis analysis = new MissingDatabaseSettingsAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).contains("DB_PASSWORD is not set").doesNotContain("DB_URL,");
        assertThat(analysis.getAction()).contains("DB_URL=jdbc:postgresql://", "DB_USER=", "DB_PASSWORD=");
    }

    private static MockEnvironment postgres() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");
        return environment;
    }
}
