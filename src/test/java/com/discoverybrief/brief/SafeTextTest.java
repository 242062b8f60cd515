package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    private static final Font BODY = new Font(BriefFonts.REGULAR, 10);

    @Test
    void keepsLatinAndCyrillicInTheMainFont() {
        assertThat(runs("Hello, мир — «ёлка»")).containsExactly("LiberationSans:Hello, мир — «ёлка»");
    }

    @Test
    void drawsEmojiWithTheFallbackFont() {
        assertThat(runs("📌 Что это?")).containsExactly("Symbola:📌", "LiberationSans: Что это?");
    }

    @Test
    void drawsScriptsTheMainFontLacksWithDejaVu() {
        assertThat(runs("ok ✔ ☐")).containsExactly("LiberationSans:ok ", "DejaVuSans:✔", "LiberationSans: ",
                "DejaVuSans:☐");
    }

    @Test
    void marksControlCharactersLoneSurrogatesAndUndrawableCharacters() {
        assertThat(String.join("", text("a\u0000b\uDC00c\uDBFF\uDFFDd"))).isEqualTo("a[U+0000]b[U+DC00]c[U+10FFFD]d");
    }

    @Test
    void keepsLineBreaksAndTurnsTabsIntoSpaces() {
        assertThat(String.join("", text("a\r\nb\rc\td"))).isEqualTo("a\nb\nc    d");
    }

    @Test
    void dropsOnlyInvisibleFormattingThatNoFontDraws() {
        assertThat(String.join("", text("❤\uFE0F\u200D\u202Ex"))).doesNotContain("[U+FE0F]", "[U+202E]").endsWith("x");
    }

    @Test
    void anEmptyOrMissingTextGivesAnEmptyPhrase() {
        assertThat(SafeText.phrase(null, BODY).getChunks()).isEmpty();
        assertThat(SafeText.phrase("", BODY).getChunks()).isEmpty();
    }

    /**
     * Issue 14: «к 8-й неделе» broke as «к 8-» / «й неделе». The text is set in columns of every width from
     * 40 to 200 points, so that some width puts each hyphen at a line's end; a hyphen after a digit must
     * never end a line, a hyphen between letters still may.
     */
    @Test
    void aNumberKeepsItsHyphenatedEndingOrRangeOnOneLine() throws IOException {
        String text = "стоп к 8-й неделе, тест 2-3 недели, рост на 5-7 %, онлайн-запись и follow-up; by week 8-10";
        List<String> lines = new ArrayList<>();
        for (int width = 40; width <= 200; width += 2) {
            lines.addAll(lines(text, width));
        }
        assertThat(lines).as("lines of the text in columns 40..200 pt wide")
                .noneMatch(line -> line.matches(".*\\d-$"))
                .anyMatch(line -> line.endsWith("онлайн-") || line.endsWith("follow-"));
        assertThat(String.join(" ", lines)).contains("8-й", "2-3", "5-7", "8-10");
    }

    private static List<String> lines(String text, float width) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(width + 20, 800), 10, 10, 10, 10);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        document.open();
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(10, 10, 10 + width, 790);
        column.addText(SafeText.phrase(text, BODY));
        column.go();
        document.close();
        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            return Arrays.stream(new PDFTextStripper().getText(read).split("\\R")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        }
    }

    private static List<String> runs(String text) {
        return chunks(text).stream()
                .map(chunk -> chunk.getFont().getBaseFont().getPostscriptFontName().replaceFirst("-.*", "") + ":"
                        + chunk.getContent())
                .toList();
    }

    private static List<String> text(String text) {
        return chunks(text).stream().map(Chunk::getContent).toList();
    }

    private static List<Chunk> chunks(String text) {
        Phrase phrase = SafeText.phrase(text, BODY);
        return phrase.getChunks().stream().map(Chunk.class::cast).toList();
    }
}
