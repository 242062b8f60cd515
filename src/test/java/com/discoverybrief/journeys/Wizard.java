package com.discoverybrief.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;

/**
 * The session wizard as a salesperson drives it: Next, pressed once, tapped, or pressed twice in a
 * hurry — never a step's address. Every press must land exactly one step on; a skipped or repeated
 * step fails the journey on the spot. Counts what all journeys did, for the closing figures.
 */
final class Wizard {

    private static final AtomicInteger OPENS = new AtomicInteger();
    private static final AtomicInteger NEXT_PRESSES = new AtomicInteger();
    private static final AtomicInteger DOUBLE_PRESSES = new AtomicInteger();
    private static final AtomicInteger TAPS = new AtomicInteger();
    private static final String CURRENT_STEP = "return [...document.querySelectorAll('.step-bar vaadin-button')]"
            + ".findIndex(button => button.getAttribute('aria-current') === 'step')";

    private final Browser browser;

    private Wizard(Browser browser) {
        this.browser = browser;
    }

    /** The wizard the browser just opened (a new session, a row of a list, a session's address). */
    static Wizard opened(Browser browser) {
        browser.waitFor(By.cssSelector(".step-bar vaadin-button[aria-current='step']"));
        browser.waitFor(By.id("step-title"));
        OPENS.incrementAndGet();
        return new Wizard(browser);
    }

    int step() {
        return ((Number) browser.script(CURRENT_STEP)).intValue();
    }

    /** Presses Next once: the next step, with its heading in focus and at the top of the screen. */
    Wizard next() {
        int from = step();
        browser.click("wizard-next");
        landOn(from + 1, "Next");
        NEXT_PRESSES.incrementAndGet();
        return this;
    }

    /**
     * Presses Next and looks at the screen in the same moment, before the server could answer: the
     * step area already shows it is busy and Next is already disabled — feedback without a round trip.
     */
    Wizard nextWithImmediateFeedback() {
        int from = step();
        @SuppressWarnings("unchecked")
        java.util.List<Boolean> feedback = (java.util.List<Boolean>) browser.script(
                "const next = document.querySelector('#wizard-next'); next.click();"
                + "return [document.querySelector('.session-wizard').hasAttribute('data-busy'), next.disabled];");
        assertThat(feedback).as("busy step area and disabled Next, at the click").containsExactly(true, true);
        landOn(from + 1, "Next");
        NEXT_PRESSES.incrementAndGet();
        return this;
    }

    /** Taps Next with a finger. */
    Wizard tapNext() {
        int from = step();
        browser.tap("wizard-next");
        landOn(from + 1, "a tap on Next");
        NEXT_PRESSES.incrementAndGet();
        TAPS.incrementAndGet();
        return this;
    }

    /** Double-clicks Next: one step, and no second one arrives once the server answered both clicks. */
    Wizard doubleNext() {
        int from = step();
        browser.doubleClick("wizard-next");
        landOn(from + 1, "a double click on Next");
        browser.waitUntilAnswered();
        assertThat(step()).as("the step after a double click on Next, once the server answered both clicks")
                .isEqualTo(from + 1);
        NEXT_PRESSES.incrementAndGet();
        DOUBLE_PRESSES.incrementAndGet();
        return this;
    }

    /** Alt+→: one step on, like Next. */
    Wizard altNext() {
        int from = step();
        browser.altArrow(true);
        landOn(from + 1, "Alt+→");
        NEXT_PRESSES.incrementAndGet();
        return this;
    }

    /** Presses Next until this step is shown. */
    Wizard nextUntil(int step) {
        while (step() < step) {
            next();
        }
        assertThat(step()).as("the step reached by pressing Next").isEqualTo(step);
        return this;
    }

    private void landOn(int expected, String press) {
        browser.waitUntil("the step after " + press + " arrived",
                () -> step() != expected - 1 && Boolean.TRUE.equals(browser.script(
                        "return !document.querySelector('.session-wizard[data-busy]')")));
        assertThat(step()).as(press + " from step " + (expected - 1) + " must land on step " + expected)
                .isEqualTo(expected);
        assertThat(browser.currentPath()).as("the address follows the step").endsWith("?step=" + expected);
        assertThat(browser.script("return document.activeElement && document.activeElement.id"))
                .as("focus on the new step's heading").isEqualTo("step-title");
    }

    /** "3 opens, 40 Next presses (2 double presses, 6 taps), zero skips" — a skip would have failed the run. */
    static String counts() {
        return OPENS.get() + " wizard opens, " + NEXT_PRESSES.get() + " Next presses (" + DOUBLE_PRESSES.get()
                + " of them double clicks, " + TAPS.get() + " taps), zero skipped or repeated steps";
    }
}
