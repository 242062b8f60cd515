package com.discoverybrief.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void startsWithAByteOrderMarkSoExcelReadsCyrillic() {
        CsvWriter csv = new CsvWriter(out, ';');
        csv.row(List.of("Стоматология", "Кофейня"));
        csv.flush();

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFСтоматология;Кофейня\r\n");
    }

    @Test
    void neutralisesEveryCellASpreadsheetWouldRunAsAFormula() {
        CsvWriter csv = new CsvWriter(out, ',');

        assertThat(List.of("=1+1", "+7 999", "-2", "@SUM(A1)", "\tx", "\rx"))
                .map(csv::cell)
                .containsExactly("'=1+1", "'+7 999", "'-2", "'@SUM(A1)", "'\tx", "\"'\rx\"");
        assertThat(csv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void quotesSeparatorsQuotesAndLineBreaks() {
        CsvWriter semicolons = new CsvWriter(out, ';');
        CsvWriter commas = new CsvWriter(new ByteArrayOutputStream(), ',');

        assertThat(semicolons.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(semicolons.cell("a,b")).isEqualTo("a,b");
        assertThat(commas.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(semicolons.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(semicolons.cell("line\nnext")).isEqualTo("\"line\nnext\"");
        assertThat(semicolons.cell(null)).isEmpty();
    }

    @Test
    void refusesASeparatorOtherThanSemicolonOrComma() {
        assertThatThrownBy(() -> new CsvWriter(out, '\t')).isInstanceOf(IllegalArgumentException.class);
    }
}
