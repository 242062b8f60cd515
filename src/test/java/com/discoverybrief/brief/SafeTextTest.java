package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import java.util.List;
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
