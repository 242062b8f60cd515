package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CaseFoldTest {

    private static final int CASE_INSENSITIVE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void foldsEveryCharacterTheWayACaseInsensitivePatternComparesIt() {
        // the dotted capital I, the dotless i and the long s: String.toLowerCase keeps or splits them, a pattern does not
        for (String words : List.of("İNSTAGRAM", "ınstagram", "inſta", "ФЕЙСБУК", "FaceBook")) {
            String name = CaseFold.of(words);

            assertThat(Pattern.compile(name, CASE_INSENSITIVE).matcher(words).matches()).as(words).isTrue();
            assertThat(name).as(words).isIn("instagram", "insta", "фейсбук", "facebook");
        }
    }

    @Test
    void namesOnlyWhatTheFoldedWordsContain() {
        List<String> names = List.of("instagram", "фейсбук");

        assertThat(CaseFold.mayName("Все клиенты в ФЕЙСБУКе", names)).isTrue();
        assertThat(CaseFold.mayName("Клиенты приходят по рекомендациям 😀", names)).isFalse();
    }

    @Test
    void foldingKeepsEveryCodePointInItsPlane() {
        for (int point = 0; point <= Character.MAX_CODE_POINT; point++) {
            int folded = Character.toLowerCase(Character.toUpperCase(point));

            assertThat(Character.isBmpCodePoint(folded)).as("U+%04X", point).isEqualTo(Character.isBmpCodePoint(point));
            assertThat(Character.isSurrogate((char) folded) && folded <= 0xFFFF).as("U+%04X", point)
                    .isEqualTo(Character.isSurrogate((char) point) && point <= 0xFFFF);
        }
    }

    @Test
    void keepsCharactersOutsideTheBasicPlaneWhole() {
        assertThat(CaseFold.of("😀 Ok")).isEqualTo("😀 ok");
    }
}
