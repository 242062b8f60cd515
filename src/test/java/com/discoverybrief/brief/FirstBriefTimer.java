package com.discoverybrief.brief;

import java.io.ByteArrayOutputStream;

/**
 * How long the first brief after JVM start takes, font parsing included: the export a salesperson
 * clicks first after a deploy. Target: at most one second. Run in a fresh JVM each time.
 */
public final class FirstBriefTimer {

    private FirstBriefTimer() {
    }

    public static void main(String[] args) {
        BriefDocument brief = BriefFixtures.russianClinic();
        long start = System.nanoTime();
        BriefRenderer renderer = new BriefRenderer();
        long fontsLoaded = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(brief, out);
        long firstRendered = System.nanoTime();
        renderer.render(brief, new ByteArrayOutputStream());
        long secondRendered = System.nanoTime();
        System.out.printf("renderer created (fonts parsed): %d ms; first brief: %d ms (%d bytes); total from start: %d ms;"
                        + " second brief: %d ms%n", millis(start, fontsLoaded), millis(fontsLoaded, firstRendered),
                out.size(), millis(start, firstRendered), millis(firstRendered, secondRendered));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
