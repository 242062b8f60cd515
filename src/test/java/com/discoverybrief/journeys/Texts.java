package com.discoverybrief.journeys;

import com.discoverybrief.base.Messages;
import com.discoverybrief.base.Translations;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the screens say in one language, read from the application's own translation bundle. */
record Texts(Locale locale, ResourceBundle bundle) {

    static final Texts RUSSIAN = of(Locale.forLanguageTag("ru"));
    static final Texts ENGLISH = of(Locale.ENGLISH);

    static Texts of(Locale locale) {
        return new Texts(locale, Translations.bundle(locale));
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return Messages.format(pattern, arguments);
    }

    String of(Enum<?> value) {
        return get(Translations.enumKey(value));
    }
}
