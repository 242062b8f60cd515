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

    /** A plain space in a sum before its currency sign: between digit groups («70 000») or before the sign («000 ₽»). */
    private static final java.util.regex.Pattern MONEY_SPACE = java.util.regex.Pattern.compile(
            "(?<=\\d) (?=(?:\\d{3}[ \u00A0\u202F])*(?:\\d{3}[ \u00A0\u202F]?)?\\p{Sc})");

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
        // a sum typed with plain spaces («за 70 000 ₽») is one word too: no line breaks inside it or before its sign
        text = MONEY_SPACE.matcher(text).replaceAll("\u00A0");
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
                if (drawing != null && drawing != font.getBaseFont()
                        && Character.getType(cp) == Character.CURRENCY_SYMBOL) {
                    // a sum and its sign are one word: the line may break between two runs of different fonts, so
                    // the number before a sign the text font lacks («+11 423 ₽») goes into the sign's run (layout nit,
                    // adv13n: «+11 423» at a line's end and «₽» starting the next)
                    runs.pullTail(drawing);
                } else if (drawing == font.getBaseFont() && runs.glued(cp)) {
                    // ... and so does the punctuation closing it («₽,»), which would otherwise start a line alone
                    drawing = runs.runFont;
                }
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
        BaseFont runFont;

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

        /** The most characters of a word moved into a fallback run with the sign that ends it. */
        private static final int MOST_TAIL = 24;

        /**
         * Moves the end of the current run that no line may break — back to its last space or hyphen — into a new run of
         * {@code fallback}, where that font can draw all of it.
         */
        void pullTail(BaseFont fallback) {
            if (runFont == fallback || run.isEmpty()) {
                return;
            }
            int start = run.length();
            while (start > 0 && run.length() - start < MOST_TAIL) {
                char c = run.charAt(start - 1);
                if (c == ' ' || c == '\n' || c == '-' || c == '\u2010' || c >= 0x2002 && c <= 0x200B
                        || Character.isSurrogate(c) || !fallback.charExists(c)) {
                    break;
                }
                start--;
            }
            if (start == run.length() || run.length() - start >= MOST_TAIL && start > 0 && run.charAt(start - 1) != ' ') {
                return;
            }
            String tail = run.substring(start);
            run.setLength(start);
            switchTo(fallback);
            run.append(tail);
        }

        /** Whether a closing mark right after a sum's sign stays in the sign's run («₽,» — not «,» alone at a line's start). */
        boolean glued(int cp) {
            return runFont != null && runFont != font.getBaseFont() && ",.;:)»!?".indexOf(cp) >= 0 && !run.isEmpty()
                    && Character.getType(run.codePointBefore(run.length())) == Character.CURRENCY_SYMBOL
                    && runFont.charExists(cp);
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
