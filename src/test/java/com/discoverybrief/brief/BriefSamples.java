package com.discoverybrief.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the fixture briefs to {@code target/} for looking at them: {@code brief-ru.pdf}, {@code brief-en.pdf}. */
public final class BriefSamples {

    private BriefSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        Files.write(target.resolve("brief-ru.pdf"), BriefFixtures.render(BriefFixtures.russianClinic()));
        Files.write(target.resolve("brief-en.pdf"), BriefFixtures.render(BriefFixtures.englishBakery()));
    }
}
