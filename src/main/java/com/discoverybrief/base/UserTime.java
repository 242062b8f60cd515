package com.discoverybrief.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The user's own time zone, as their browser reports it, so that "Saved 12:03:15", a grid's last
 * change and a comment's time read as the clock on the user's wall, not the server's. Until the
 * browser has answered (a fraction of a second after the first page) the server's zone stands in.
 */
public final class UserTime {

    private static final String ATTRIBUTE = UserTime.class.getName() + ".zone";

    private UserTime() {
    }

    /** Asks the browser for its time zone; once per page, so a tablet that travelled says so on reload. */
    public static void learn(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> session.setAttribute(ATTRIBUTE, zoneOf(details)));
    }

    /** The user's zone, or the server's while the browser has not said. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ATTRIBUTE);
        return zone instanceof ZoneId id ? id : ZoneId.systemDefault();
    }

    /** Short date and time in the user's language and zone, e.g. {@code 27.11.2026, 12:03}. */
    public static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(zone());
    }

    private static ZoneId zoneOf(ExtendedClientDetails details) {
        try {
            return ZoneId.of(details.getTimeZoneId());
        } catch (DateTimeException | NullPointerException e) {
            return ZoneOffset.ofTotalSeconds(details.getRawTimezoneOffset() / 1000);
        }
    }
}
