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
 * the chosen separator, fields quoted when they hold the separator, a quote or a line break, and
 * cells that a spreadsheet would run as a formula neutralised with a leading apostrophe.
 */
final class CsvWriter {

    private static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";

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
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(separator) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
