package com.discoverybrief.base.ui;

import com.discoverybrief.base.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Tells the browser which language the page is in ({@code <html lang>}), so screen readers and
 * spell checkers use Russian or English as the screens do. Switching the language reloads the page,
 * which starts a new UI with the new language.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> declare(init.getUI()));
    }

    private static void declare(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0",
                Translations.supported(ui.getLocale()).getLanguage());
    }
}
