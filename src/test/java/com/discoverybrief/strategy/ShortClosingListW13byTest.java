package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Finding 183 (adv13u), 10 and 63: page 4 held only «Вопросы к следующей встрече» with one or two questions — a page
 * printed for two lines looks unfinished in front of the client. A closing list of three items or fewer never prints
 * alone on the last page, its title never leaves it, and no brief grows past four pages for it.
 */
class ShortClosingListW13byTest {

    /** A numbered question at a line's start: «1. Куда…», "2. What…" (PDFBox may read «1 . Куда»). */
    private static final Pattern ITEM = Pattern.compile("(?m)^\\s*\\d+\\s?\\.\\s+\\p{Lu}");

    /** The text of each page, the running footer («Страница 3 из 4 …», "Page 3 of 4 …") left out. */
    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("(?m)^(Страница|Page) \\d+ (из|of) \\d+.*$", "").strip());
            }
        }
        return pages;
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void aShortClosingListNeverPrintsAloneOnTheLastPage() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Scenario scenario : Scenario.all()) {
            for (Locale locale : List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH)) {
                String title = squeezed(locale.getLanguage().equals("ru") ? "Вопросы к следующей встрече"
                        : "Questions for our next meeting");
                List<String> pages = pages(ScenarioBriefs.pdf(ScenarioBriefs.brief(scenario, locale)));
                String name = scenario.name() + "-" + locale.getLanguage();
                if (pages.size() > 4) {
                    wrong.add(name + ": " + pages.size() + " pages");
                }
                String last = pages.get(pages.size() - 1);
                if (squeezed(last).startsWith(title) && ITEM.matcher(last).results().count() <= 3) {
                    wrong.add(name + ": the last page holds only a short question list");
                }
                for (int page = 0; page < pages.size() - 1; page++) {
                    if (squeezed(pages.get(page)).endsWith(title)) {
                        wrong.add(name + ": the questions' title ends page " + (page + 1));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
