package com.discoverybrief.strategy;

import com.discoverybrief.brief.AgencyBranding;
import com.discoverybrief.brief.BriefDocument;
import com.discoverybrief.brief.BriefRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Renders the brief of every scenario to {@code target/scenario-briefs/<name>-<lang>.pdf}, to read
 * them as a strategist would. Not a test: run {@link #main} (arguments: languages, default {@code ru}).
 */
final class ScenarioBriefs {

    private ScenarioBriefs() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("target/scenario-briefs");
        Files.createDirectories(out);
        String[] languages = args.length == 0 ? new String[] {"ru"} : args;
        LocalDate day = LocalDate.of(2026, 12, 1);
        for (Scenario scenario : Scenario.all()) {
            Answers answers = ScenarioRun.answers(scenario);
            Assessment assessment = new StrategyEngine().assess(answers);
            for (String language : languages) {
                BriefDocument brief = new BriefDocument(BriefDocument.Header.of(scenario.title(), null,
                        scenario.get("industry"), day, "Сценарий " + scenario.name(), answers), answers, assessment,
                        AgencyBranding.defaults(), Locale.forLanguageTag(language), day);
                try (OutputStream file = Files.newOutputStream(out.resolve(scenario.name() + "-" + language + ".pdf"))) {
                    new BriefRenderer().render(brief, file);
                }
            }
        }
    }
}
