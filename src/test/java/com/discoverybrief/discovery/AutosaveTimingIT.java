package com.discoverybrief.discovery;

import org.junit.jupiter.api.AfterEach;
import com.discoverybrief.accounts.internal.AccountFixtures;
import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.strategy.AnswerField;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Measures the server-side time of one autosave — what a pause in typing costs — and prints the
 * median and p95 over 200 saves. A measurement, not a timed assertion: it checks only that every
 * save landed. Run alone: {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AutosaveTimingIT}.
 */
@SpringBootTest
class AutosaveTimingIT {

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }


    private static final int WARM_UP = 50;
    private static final int SAVES = 200;

    @Autowired
    DiscoveryService discovery;

    @Test
    void measuresTheServerSideTimeOfOneAutosave() {
        Actor anna = DiscoveryFixtures.salesperson();
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня «Зерно»", Locale.forLanguageTag("ru"));
        long version = session.getVersion();
        String text = "";
        for (int i = 0; i < WARM_UP; i++) {
            String next = text + "Слово " + i + " ";
            version = discovery.saveAnswer(signedIn(anna), session.getId(), version, AnswerField.PAINS, text, next).version();
            text = next;
        }

        long[] nanos = new long[SAVES];
        for (int i = 0; i < SAVES; i++) {
            String next = text + "ещё " + i + " ";
            long start = System.nanoTime();
            version = discovery.saveAnswer(signedIn(anna), session.getId(), version, AnswerField.PAINS, text, next).version();
            nanos[i] = System.nanoTime() - start;
            text = next;
        }

        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "AUTOSAVE server-side time over %d saves (%s): median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                SAVES, System.getProperty("spring.profiles.active", System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "h2")),
                nanos[SAVES / 2] / 1e6, nanos[SAVES * 95 / 100] / 1e6, nanos[SAVES - 1] / 1e6);
        assertThat(discovery.open(signedIn(anna), session.getId()).storedAnswer(AnswerField.PAINS)).isEqualTo(text);
    }
}
