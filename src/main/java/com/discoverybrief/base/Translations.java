package com.discoverybrief.base;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The translation bundle outside Vaadin (the PDF brief, tests) and the key conventions inside it.
 * The screens read the same {@code vaadin-i18n/translations*.properties} through
 * {@link com.discoverybrief.base.ui.TranslationProvider}; both fill arguments with {@link Messages}.
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

    /*
     * Without this control a language other than Russian would fall back to the JVM's default locale
     * (which may be Russian on a server) instead of the English base bundle.
     */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The bundle of the supported language closest to the locale (English, the base bundle, otherwise). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), NO_DEFAULT_LOCALE_FALLBACK);
    }

    /** The text for a key with its arguments filled in by {@link Messages}; a missing key shows itself. */
    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey(key) ? Messages.format(bundle.getString(key), args) : key;
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
