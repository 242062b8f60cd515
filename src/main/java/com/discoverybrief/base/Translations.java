package com.discoverybrief.base;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The translation bundle outside Vaadin (the PDF brief, tests) and the key conventions inside it.
 * Vaadin's own {@code I18NProvider} reads the same {@code vaadin-i18n/translations*.properties}.
 */
public final class Translations {

    /** Base name of the bundle Vaadin picks up by convention. */
    public static final String BUNDLE = "vaadin-i18n/translations";

    /** The languages every screen and the brief exist in; Russian first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH);

    private Translations() {
    }

    /** {@code enum.<SimpleName>.<CONSTANT>}, e.g. {@code enum.Channel.SMM}. */
    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale));
    }

    /** The supported language closest to the given locale; English when none matches. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        return LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
