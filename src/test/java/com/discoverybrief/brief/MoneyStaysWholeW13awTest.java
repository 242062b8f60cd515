package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
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

/**
 * adv13n, layout nit: 79's season offer broke as «…маркетинг +11 423» / «₽, Маркетплейсы». The text font has no «₽»,
 * so the sign is a run of its own, and a line may break between two runs whatever the spaces are. The sum and its sign —
 * and the comma after it — are set in columns of every width, in the intro's italic and the body's regular.
 */
class MoneyStaysWholeW13awTest {

    private static final String OFFER = "76\u202F000\u00A0₽ из них — из бюджета следующих месяцев (апрель–май), когда даты"
            + " уже проданы: Партнёрский маркетинг +11\u202F423\u00A0₽, Маркетплейсы +36\u202F885\u00A0₽, Прогрев заявок при"
            + " долгой сделке +27\u202F692\u00A0₽. Около ≈\u00A082\u202F000\u00A0₽ в месяц.";

    @Test
    void aSumNeverLeavesItsRoubleSignOrItsCommaAtTheStartOfALine() throws IOException {
        for (Font font : List.of(new Font(BriefFonts.ITALIC, 9.5f), new Font(BriefFonts.REGULAR, 9.5f))) {
            List<String> lines = new ArrayList<>();
            for (int width = 60; width <= 400; width += 3) {
                lines.addAll(lines(OFFER, font, width));
            }
            assertThat(lines).noneMatch(line -> line.startsWith("₽") || line.startsWith(","))
                    .noneMatch(line -> line.matches(".*\\d$"));
            assertThat(String.join(" ", lines)).contains("Маркетплейсы", "Прогрев заявок");
        }
    }

    @Test
    void theSumTravelsWithTheSignsRunAndTheWordsStayInTheTextFont() {
        List<String> runs = SafeText.phrase("маркетинг +11\u202F423\u00A0₽, Маркетплейсы", new Font(BriefFonts.REGULAR, 10))
                .getChunks().stream().map(com.lowagie.text.Chunk.class::cast).map(com.lowagie.text.Chunk::getContent).toList();
        assertThat(runs).containsExactly("маркетинг ", "+11\u202F423\u00A0₽,", " Маркетплейсы");
    }

    /** 73's title, typed with plain spaces: «…билборд на проспекте за 70 000» / «₽ при бюджете 90 000 ₽». */
    @Test
    void aSumTypedWithPlainSpacesKeepsItsGroupsAndSignTogether() throws IOException {
        String title = "Тату-студия хочет билборд на проспекте за 70 000 ₽ при бюджете 90 000 ₽, а 2 000 клиентов ждут";
        String drawn = SafeText.phrase(title, new Font(BriefFonts.REGULAR, 10)).getChunks().stream()
                .map(com.lowagie.text.Chunk.class::cast).map(com.lowagie.text.Chunk::getContent)
                .collect(java.util.stream.Collectors.joining());
        assertThat(drawn).contains("за 70\u00A0000\u00A0₽ при", "90\u00A0000\u00A0₽,", "а 2 000 клиентов");
        // from a width a sum and its sign fit in: narrower, any word is cut anywhere
        for (int width = 120; width <= 400; width += 3) {
            assertThat(lines(title, new Font(BriefFonts.BOLD, 16), width)).noneMatch(line -> line.startsWith("₽")
                    || line.matches("^\\d{3}\\b.*₽.*") || line.endsWith("70") || line.endsWith("90"));
        }
    }

    private static List<String> lines(String text, Font font, float width) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(width + 20, 1600), 10, 10, 10, 10);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        document.open();
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(10, 10, 10 + width, 1590);
        column.addText(SafeText.phrase(text, font));
        column.go();
        document.close();
        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            return Arrays.stream(new PDFTextStripper().getText(read).split("\\R")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        }
    }
}
