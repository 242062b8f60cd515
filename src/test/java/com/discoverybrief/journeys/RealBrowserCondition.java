package com.discoverybrief.journeys;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips every test class of this package, before its application starts, when the machine has no
 * Chromium and chromedriver ({@link ChromeInstallation}), and says so in one line. Where the journeys
 * are required ({@code CI=true} or {@code -Djourneys.required=true}) a missing browser fails the
 * class instead. Registered for all tests through JUnit's extension auto-detection, so a new journey
 * class gets it without doing anything.
 */
public class RealBrowserCondition implements ExecutionCondition {

    private static final String PACKAGE = RealBrowserCondition.class.getPackageName();
    private static final AtomicBoolean SAID = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean journey = context.getTestClass().map(type -> type.getPackageName().equals(PACKAGE)).orElse(false);
        if (!journey || context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("not a real-browser journey, or already decided for its class");
        }
        ChromeInstallation.Lookup lookup = ChromeInstallation.lookUp();
        if (lookup.installation().isPresent()) {
            return ConditionEvaluationResult.enabled("browser found: " + lookup.installation().get());
        }
        String reason = "Real-browser journeys " + (required() ? "cannot run" : "skipped") + ": "
                + lookup.problem() + ". To run them, " + ChromeInstallation.INSTALL_HINT + ".";
        if (required()) {
            throw new IllegalStateException(reason + " They are required here (CI=true or -Djourneys.required=true).");
        }
        if (SAID.compareAndSet(false, true)) {
            System.out.println("[WARNING] " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    static boolean required() {
        return Boolean.parseBoolean(System.getProperty("journeys.required"))
                || "true".equals(Optional.ofNullable(System.getenv("CI")).orElse("").toLowerCase(Locale.ROOT));
    }
}
