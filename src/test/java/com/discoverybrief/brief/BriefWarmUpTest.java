package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The warm-up renders real briefs in both languages (so it exercises what a user's brief does). */
class BriefWarmUpTest {

    private final BriefWarmUp warmUp = new BriefWarmUp(new BriefRenderer(), AgencyBranding.defaults());

    @Test
    void theSampleIsAWholeBriefInEitherLanguage() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("ru"), Locale.ENGLISH}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BriefRenderer().render(warmUp.sample(locale), out);
            String text = ReadBack.text(out.toByteArray());
            assertThat(text).contains("Образец · Sample").contains("families nearby");
        }
    }
}
