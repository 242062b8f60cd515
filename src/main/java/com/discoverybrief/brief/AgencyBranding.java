package com.discoverybrief.brief;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agency's identity on every brief, bound from {@code brief.agency.*}. Anything left unset takes a
 * neutral default, so a fresh install already produces a presentable brief.
 *
 * @param name        the agency's name in the header and as the PDF's author
 * @param logo        where the logo image (PNG or JPEG) lives: {@code classpath:...}, {@code file:...} or
 *                    a plain file path
 * @param contact     one line under the name: phone, e-mail, website; blank to leave it out
 * @param accentColor the brand colour as {@code #RRGGBB}, used for headings, rules and bars
 */
@ConfigurationProperties("brief.agency")
public record AgencyBranding(String name, String logo, String contact, String accentColor) {

    static final String DEFAULT_NAME = "Discovery Brief";
    static final String DEFAULT_LOGO = "classpath:brief/default-logo.png";
    static final String DEFAULT_CONTACT = "";
    static final String DEFAULT_ACCENT_COLOR = "#0F766E";

    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public AgencyBranding {
        name = isBlank(name) ? DEFAULT_NAME : name.strip();
        logo = isBlank(logo) ? DEFAULT_LOGO : logo.strip();
        contact = isBlank(contact) ? DEFAULT_CONTACT : contact.strip();
        accentColor = isBlank(accentColor) ? DEFAULT_ACCENT_COLOR : accentColor.strip();
        if (!HEX_COLOR.matcher(accentColor).matches()) {
            throw new IllegalArgumentException("brief.agency.accent-color must look like #0F766E: " + accentColor);
        }
    }

    /** The branding of a fresh install. */
    public static AgencyBranding defaults() {
        return new AgencyBranding(null, null, null, null);
    }

    int accentRgb() {
        return Integer.parseInt(accentColor.substring(1), 16);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
