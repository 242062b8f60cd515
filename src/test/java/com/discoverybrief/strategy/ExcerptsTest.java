package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    @Test
    void keepsAShortAnswerWithItsWhitespaceCollapsed() {
        assertThat(Excerpts.of("  Families\n\tin   Kazan ")).isEqualTo("Families in Kazan");
    }

    @Test
    void cutsALongAnswerOnAWordBoundaryAndMarksTheCut() {
        String excerpt = Excerpts.of("Стоматология ".repeat(40));

        assertThat(excerpt).hasSizeLessThanOrEqualTo(Excerpts.MAX_LENGTH).endsWith("Стоматология…");
    }

    @Test
    void hasNothingToQuoteForInvisibleText() {
        assertThat(Excerpts.of(null)).isNull();
        assertThat(Excerpts.of(" \u00A0\u0000\n")).isNull();
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        String excerpt = Excerpts.of("😀".repeat(200));

        assertThat(excerpt).hasSizeLessThanOrEqualTo(Excerpts.MAX_LENGTH).endsWith("😀…");
        assertThat(excerpt.codePoints().filter(cp -> Character.getType(cp) == Character.SURROGATE).count()).isZero();
    }

    @Test
    void cutsOneGiantWordInsteadOfQuotingNothing() {
        String excerpt = Excerpts.of("https://example.org/" + "a".repeat(500));

        assertThat(excerpt).hasSize(Excerpts.MAX_LENGTH).startsWith("https://example.org/aaa").endsWith("a…");
    }
}
