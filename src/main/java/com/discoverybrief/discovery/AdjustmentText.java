package com.discoverybrief.discovery;

import com.discoverybrief.base.Translations;
import com.discoverybrief.strategy.Adjustment;
import java.util.Locale;

/** What an adjustment did, in the user's language: "Hidden: SMM", "Stage of SMM: Test". */
public final class AdjustmentText {

    private AdjustmentText() {
    }

    public static String what(Adjustment adjustment, Locale locale) {
        String channel = Translations.text(locale, Translations.enumKey(adjustment.channel()));
        String stage = adjustment.stage() == null ? "" : Translations.text(locale, Translations.enumKey(adjustment.stage()));
        return Translations.text(locale, "adjustment.what." + adjustment.kind().name(), channel, stage);
    }
}
