package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BriefFileNameTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 27);

    @Test
    void transliteratesACyrillicClientName() {
        assertThat(BriefFileName.of("Стоматология „Улыбка“", DATE)).isEqualTo("brief-stomatologiya-ulybka-2026-11-27.pdf");
    }

    @Test
    void transliteratesEveryRussianLetterToPlainLatin() {
        assertThat(BriefFileName.of("Щукин, Жёлтый Цех & Объём-Хаус", DATE))
                .isEqualTo("brief-shchukin-zhyoltyy-tsekh-obyom-khaus-2026-11-27.pdf");
    }

    @Test
    void dropsAccentsAndKeepsOnlyLowercaseLettersDigitsAndSingleDashes() {
        assertThat(BriefFileName.of("  Café Müller -- No.1!!  ", DATE)).isEqualTo("brief-cafe-muller-no-1-2026-11-27.pdf");
    }

    @Test
    void neutralisesPathsAndHeaderInjection() {
        assertThat(BriefFileName.of("../../etc/passwd\r\nX-Evil: 1\"", DATE))
                .isEqualTo("brief-etc-passwd-x-evil-1-2026-11-27.pdf");
    }

    @Test
    void fallsBackToClientWhenNothingUsableRemains() {
        assertThat(BriefFileName.of(null, DATE)).isEqualTo("brief-client-2026-11-27.pdf");
        assertThat(BriefFileName.of("   ", DATE)).isEqualTo("brief-client-2026-11-27.pdf");
        assertThat(BriefFileName.of("📌🚀 «»", DATE)).isEqualTo("brief-client-2026-11-27.pdf");
    }

    @Test
    void capsTheClientPartWithoutLeavingATrailingDash() {
        String name = BriefFileName.of("a".repeat(59) + " " + "b".repeat(500), DATE);

        assertThat(name).isEqualTo("brief-" + "a".repeat(59) + "-2026-11-27.pdf");
        assertThat(BriefFileName.slug("x".repeat(500))).hasSize(BriefFileName.MAX_CLIENT_LENGTH);
    }

    @Test
    void theDocumentNamesItsFileAfterTheClientAndTheBriefDate() {
        assertThat(BriefFixtures.russianClinic().fileName()).isEqualTo("brief-stomatologiya-ulybka-2026-11-27.pdf");
    }
}
