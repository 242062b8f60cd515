package com.discoverybrief.strategy;

import com.discoverybrief.brief.AgencyBranding;
import com.discoverybrief.brief.BriefDocument;
import com.discoverybrief.brief.BriefRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Renders the brief of every scenario to {@code target/scenario-briefs/<name>-<lang>.pdf}, to read
 * them as a strategist would: run {@link #main} (arguments: languages, default {@code ru}).
 * {@code ScenarioBriefsTest} renders the same briefs and checks page one, repetition and length.
 */
final class ScenarioBriefs {

    static final Path DIRECTORY = Path.of("target/scenario-briefs");
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final BriefRenderer RENDERER = new BriefRenderer();

    private ScenarioBriefs() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(DIRECTORY);
        String[] languages = args.length == 0 ? new String[] {"ru"} : args;
        for (Scenario scenario : Scenario.all()) {
            for (String language : languages) {
                Files.write(DIRECTORY.resolve(scenario.name() + "-" + language + ".pdf"),
                        pdf(brief(scenario, Locale.forLanguageTag(language))));
            }
        }
    }

    static BriefDocument brief(Scenario scenario, Locale locale) {
        Answers answers = ScenarioRun.answers(scenario);
        Assessment assessment = new StrategyEngine().assess(answers);
        String salesperson = locale.getLanguage().equals("ru") ? "Ирина Соколова" : "Irina Sokolova";
        return new BriefDocument(BriefDocument.Header.of(scenario.title(), null, scenario.get("industry"), DAY,
                salesperson, answers), answers, assessment, AgencyBranding.defaults(), locale, DAY);
    }

    /** The brief of a scenario as text of one tall page, every run of white space made one space. */
    static String text(String name, Locale locale) throws IOException {
        Scenario scenario = Scenario.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf(brief(scenario, locale)))) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    static byte[] pdf(BriefDocument brief) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(brief, out);
        return out.toByteArray();
    }
}
