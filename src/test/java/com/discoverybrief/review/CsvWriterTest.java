package com.discoverybrief.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    /** Values that try to smuggle a formula into a spreadsheet, whichever separator it reads with. */
    private static final List<String> HOSTILE = List.of("Acme,=1+1", "Acme;=1+1", "Acme, =HYPERLINK(\"x\")",
            "=1+1", "+7 999", "-2", "@SUM(A1)", "\tx", "a;@b,+c", "Кофейня\n=cmd|' /C calc'!A0", "\"Acme\",=1",
            "x\r-1", "  =A1", "a,\"=1\"", "b;\" \"@x");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void startsWithAByteOrderMarkSoExcelReadsCyrillic() {
        CsvWriter csv = new CsvWriter(out, ';');
        csv.row(List.of("Стоматология", "Кофейня"));
        csv.flush();

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF\"Стоматология\";\"Кофейня\"\r\n");
    }

    @Test
    void quotesEveryFieldAndDoublesItsQuotes() {
        CsvWriter csv = new CsvWriter(out, ';');

        assertThat(csv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(csv.cell("a b")).isEqualTo("\"a b\"");
        assertThat(csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(csv.cell("line\nnext")).isEqualTo("\"line\nnext\"");
        assertThat(csv.cell("42")).isEqualTo("\"42\"");
        assertThat(csv.cell(null)).isEqualTo("\"\"");
    }

    @Test
    void neutralisesAFormulaWhereverACellCouldBegin() {
        assertThat(CsvWriter.neutralised("Acme,=1+1")).isEqualTo("Acme,'=1+1");
        assertThat(CsvWriter.neutralised("Acme; -5%")).isEqualTo("Acme; '-5%");
        assertThat(CsvWriter.neutralised("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.neutralised("a,\"=1\"")).isEqualTo("a,\"'=1\"");
        assertThat(CsvWriter.neutralised("a=b, c-d")).isEqualTo("a=b, c-d");
    }

    @ParameterizedTest
    @ValueSource(chars = {';', ','})
    void noCellStartsWithAFormulaWhicheverSeparatorTheFileIsReadWith(char written) {
        CsvWriter csv = new CsvWriter(out, written);
        HOSTILE.forEach(value -> csv.row(List.of("1", value, "ok")));
        csv.flush();
        String file = out.toString(StandardCharsets.UTF_8).substring(1);

        for (char read : new char[] {';', ','}) {
            List<List<String>> rows = parse(file, read);
            assertThat(rows).as("read with '%s'", read).isNotEmpty();
            assertThat(rows).flatExtracting(row -> row)
                    .as("cells of a file written with '%s' and read with '%s'", written, read)
                    .allSatisfy(cell -> assertThat(cell.stripLeading()).doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@"));
        }
        if (written == ';') {
            assertThat(parse(file, ';')).extracting(row -> row.get(1)).contains("Acme,'=1+1", "'=1+1");
        }
    }

    @Test
    void refusesASeparatorOtherThanSemicolonOrComma() {
        assertThatThrownBy(() -> new CsvWriter(out, '\t')).isInstanceOf(IllegalArgumentException.class);
    }

    /** Reads CSV as a spreadsheet does (RFC 4180: a quote opens a quoted cell only at its start). */
    private static List<List<String>> parse(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && atStart) {
                quoted = true;
                atStart = false;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
                atStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                atStart = true;
            } else {
                cell.append(c);
                atStart = false;
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
