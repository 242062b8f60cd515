package com.discoverybrief.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void removesNulAndOtherControlCharactersButKeepsLineBreaksAndTabsInFreeText() {
        assertThat(CleanText.of("Оче\u0000реди\u0007\n\tи\r\nзапись\u001b\u007f\u0085")).isEqualTo("Очереди\n\tи\r\nзапись");
    }

    @Test
    void aOneLineValueTurnsLineBreaksIntoSpaces() {
        assertThat(CleanText.line("Кафе\u0000\n«Зерно»")).isEqualTo("Кафе «Зерно»");
    }

    @Test
    void keepsEmojiAndEverySurrogatePairButDropsALoneHalf() {
        assertThat(CleanText.of("👨‍👩‍👧 ok \uD83D")).isEqualTo("👨‍👩‍👧 ok ");
        assertThat(CleanText.of("x\uDE00y")).isEqualTo("xy");
    }

    @Test
    void leavesCleanTextAndNullAsTheyAre() {
        String clean = "Семьи с детьми <b>рядом</b> ﷺ";
        assertThat(CleanText.of(clean)).isSameAs(clean);
        assertThat(CleanText.of(null)).isNull();
    }
}
