package com.discoverybrief.base.ui;

import com.discoverybrief.base.Messages;
import com.discoverybrief.base.Translations;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The screens' texts: the same bundle and the same {@link Messages} rule as the PDF brief, so an
 * apostrophe in a text with arguments reads the same on screen and on paper. Replaces Vaadin's
 * {@code DefaultI18NProvider} (java.text.MessageFormat, which eats a single apostrophe).
 */
@Component
public class TranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    /** Russian first (the first is the default for a browser asking for neither); English is the base bundle. */
    @Override
    public List<Locale> getProvidedLocales() {
        return Translations.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        ResourceBundle bundle = Translations.bundle(locale);
        try {
            return Messages.format(bundle.getString(key), params);
        } catch (MissingResourceException missing) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!{" + key + "}!";
        }
    }
}
