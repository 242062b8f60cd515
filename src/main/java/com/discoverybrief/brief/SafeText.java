package com.discoverybrief.brief;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.util.Locale;

/**
 * Turns any string a user typed into a {@link Phrase} in which every character is visible: each code
 * point is drawn with the first embedded font that has a glyph for it, and whatever no font can draw
 * becomes a visible marker such as {@code [U+1F4CC]}. Markup is just text here, so
 * {@code <script>} prints literally.
 */
final class SafeText {

    private static final String TAB = "    ";

    private SafeText() {
    }

    /** The text as runs of {@code font} and its fallbacks, in the font's size and colour. */
    static Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase();
        // The phrase's own font sets the spacing OpenPDF adds around paragraphs; left unset it is Helvetica.
        phrase.setFont(font);
        phrase.setLeading(font.getSize() * Cells.LEADING);
        if (text == null || text.isEmpty()) {
            return phrase;
        }
        Runs runs = new Runs(phrase, font);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    continue;
                }
                runs.append(font.getBaseFont(), "\n");
            } else if (cp == '\n') {
                runs.append(font.getBaseFont(), "\n");
            } else if (cp == '\t') {
                runs.append(font.getBaseFont(), TAB);
            } else if (Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.CONTROL) {
                // A lone surrogate or a control character has no glyph anywhere: show that it was there.
                runs.append(font.getBaseFont(), marker(cp));
            } else {
                BaseFont drawing = fontFor(cp, font.getBaseFont());
                if (drawing != null) {
                    runs.appendCodePoint(drawing, cp);
                } else if (!isInvisible(cp)) {
                    runs.append(font.getBaseFont(), marker(cp));
                }
            }
        }
        runs.flush();
        return phrase;
    }

    /** The marker that stands in for a character no embedded font can draw. */
    static String marker(int codePoint) {
        return String.format(Locale.ROOT, "[U+%04X]", codePoint);
    }

    private static BaseFont fontFor(int cp, BaseFont main) {
        if (main.charExists(cp)) {
            return main;
        }
        for (BaseFont fallback : BriefFonts.FALLBACKS) {
            if (fallback.charExists(cp)) {
                return fallback;
            }
        }
        return null;
    }

    /*
     * Format characters (joiners, bidi marks, BOM) and variation selectors have no ink by definition;
     * a marker for each would litter emoji sequences such as "❤️" with noise.
     */
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Collects consecutive characters of one font into one chunk. */
    private static final class Runs {
        private final Phrase phrase;
        private final Font font;
        private final StringBuilder run = new StringBuilder();
        private BaseFont runFont;

        Runs(Phrase phrase, Font font) {
            this.phrase = phrase;
            this.font = font;
        }

        void append(BaseFont baseFont, String text) {
            switchTo(baseFont);
            run.append(text);
        }

        void appendCodePoint(BaseFont baseFont, int codePoint) {
            switchTo(baseFont);
            run.appendCodePoint(codePoint);
        }

        private void switchTo(BaseFont baseFont) {
            if (baseFont != runFont) {
                flush();
                runFont = baseFont;
            }
        }

        void flush() {
            if (run.isEmpty()) {
                return;
            }
            Font runStyle = runFont == font.getBaseFont() ? font
                    : new Font(runFont, font.getSize(), Font.NORMAL, font.getColor());
            Chunk chunk = new Chunk(run.toString(), runStyle);
            chunk.setSplitCharacter(NumberHyphen.RULE);
            phrase.add(chunk);
            run.setLength(0);
        }
    }
}
