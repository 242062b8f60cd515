package com.discoverybrief.review;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV that Excel opens correctly: UTF-8 with a byte-order mark (so Cyrillic is read right),
 * the chosen separator, and every field quoted.
 *
 * <p>Formulas are neutralised with a leading apostrophe wherever a spreadsheet could see a cell begin,
 * whatever separator it guesses: at the start of a value, and after every comma, semicolon, tab or line
 * break inside it (spaces and quotes in between included). A client named {@code Acme,=1+1} in a file read with
 * the other separator would otherwise give a cell {@code =1+1}.
 */
final class CsvWriter {

    private static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** Where a spreadsheet may start a new cell, depending on the separator it guesses. */
    private static final String CELL_BREAKS = ",;\t\r\n";

    private final Writer out;
    private final char separator;

    CsvWriter(OutputStream out, char separator) {
        if (separator != ';' && separator != ',') {
            throw new IllegalArgumentException("separator must be ; or ,");
        }
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.separator = separator;
        write(BOM);
    }

    void row(List<String> cells) {
        write(cells.stream().map(this::cell).collect(Collectors.joining(String.valueOf(separator))) + "\r\n");
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String cell(String value) {
        return '"' + neutralised(value == null ? "" : value).replace("\"", "\"\"") + '"';
    }

    /** The value with an apostrophe before every formula character that could begin a cell. */
    static String neutralised(String value) {
        StringBuilder safe = new StringBuilder(value.length() + 2);
        boolean cellStart = true;
        for (char c : value.toCharArray()) {
            if (cellStart && FORMULA_STARTS.indexOf(c) >= 0) {
                safe.append('\'');
            }
            safe.append(c);
            // Spaces and quotes may stand before a cell's content without starting it.
            cellStart = CELL_BREAKS.indexOf(c) >= 0 || (cellStart && (c == ' ' || c == '"'));
        }
        return safe.toString();
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
