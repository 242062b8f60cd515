package com.discoverybrief.brief;

import java.io.ByteArrayOutputStream;

/**
 * How long the first brief after JVM start takes, font parsing included: the export a salesperson
 * clicks first after a deploy. Run in a fresh JVM each time. With the argument {@code warm} the app's
 * background warm-up ({@link BriefWarmUp}, started when the app is ready) runs first, as it does in
 * the app while the first user signs in; target then: the first brief at most 200 ms, like the tenth.
 */
public final class FirstBriefTimer {

    private FirstBriefTimer() {
    }

    public static void main(String[] args) {
        BriefDocument brief = BriefFixtures.russianClinic();
        long start = System.nanoTime();
        BriefRenderer renderer = new BriefRenderer();
        if (args.length > 0 && args[0].equals("warm")) {
            System.out.printf("background warm-up: %d briefs in %d ms%n", BriefWarmUp.RENDERS,
                    new BriefWarmUp(renderer, AgencyBranding.defaults()).run());
        } else {
            java.util.Objects.requireNonNull(BriefFonts.REGULAR);
        }
        long fontsLoaded = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(brief, out);
        long firstRendered = System.nanoTime();
        renderer.render(brief, new ByteArrayOutputStream());
        long secondRendered = System.nanoTime();
        System.out.printf("renderer ready (fonts parsed): %d ms; first brief: %d ms (%d bytes); total from start: %d ms;"
                        + " second brief: %d ms%n", millis(start, fontsLoaded), millis(fontsLoaded, firstRendered),
                out.size(), millis(start, firstRendered), millis(firstRendered, secondRendered));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
