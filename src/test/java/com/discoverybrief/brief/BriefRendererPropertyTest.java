package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.pdfbox.pdmodel.PDDocument;

class BriefRendererPropertyTest {

    /** Few tries: each renders and parses a whole brief, and the suite must stay fast. */
    private static final int TRIES = 50;

    @Property(tries = TRIES)
    void anyUnicodeTextAnywhereGivesAPdfThatOpens(@ForAll("answers") String answer) throws Exception {
        byte[] pdf = BriefFixtures.render(BriefFixtures.withTextEverywhere(answer));

        try (PDDocument document = ReadBack.open(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
        assertThat(ReadBack.text(pdf)).contains("Вопросы к следующей встрече");
    }

    @Provide
    Arbitrary<String> answers() {
        Arbitrary<String> anyCodePoints = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .map(Character::toString).list().ofMaxSize(300).map(parts -> String.join("", parts));
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> rtlAndCombining = Arbitraries.strings()
                .withCharRange('\u0590', '\u06FF').withCharRange('\u0300', '\u036F').withChars("\u202E\u200F\u200D \n")
                .ofMaxLength(300);
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001F').withChars('\u007F', 'ж')
                .ofMaxLength(100);
        Arbitrary<String> huge = Arbitraries.strings().all().ofMinLength(5_000).ofMaxLength(10_000);
        return Arbitraries.frequencyOf(
                Tuple.of(4, anyCodePoints),
                Tuple.of(4, anyChars),
                Tuple.of(2, rtlAndCombining),
                Tuple.of(2, controls),
                Tuple.of(1, huge),
                Tuple.of(1, Arbitraries.just("")));
    }
}
