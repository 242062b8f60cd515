package com.discoverybrief.brief;

import com.lowagie.text.Font;
import java.awt.Color;

/** The brief's typography and colours for one agency's accent colour. */
final class Styles {

    static final Color INK = new Color(0x1F2937);
    static final Color MUTED = new Color(0x6B7280);
    static final Color RULE = new Color(0xE5E7EB);
    static final Color TRACK = new Color(0xE5E7EB);
    static final Color DONE = new Color(0x15803D);
    static final Color TO_DO = new Color(0xB45309);
    static final Color WATERMARK = new Color(0xB0B0B0);
    static final float BODY_SIZE = 9.5f;

    final Color accent;
    /** The accent mixed into white: a background that still reads as the brand. */
    final Color accentTint;
    final Font title;
    final Font agency;
    final Font heading;
    final Font subheading;
    final Font body;
    final Font bodyBold;
    final Font label;
    final Font small;
    final Font italic;
    final Font tableHeader;
    final Font priority;

    Styles(AgencyBranding branding) {
        accent = new Color(branding.accentRgb());
        accentTint = mix(accent, Color.WHITE, 0.9f);
        title = new Font(BriefFonts.BOLD, 20, Font.NORMAL, INK);
        agency = new Font(BriefFonts.BOLD, 13, Font.NORMAL, accent);
        heading = new Font(BriefFonts.BOLD, 13, Font.NORMAL, accent);
        subheading = new Font(BriefFonts.BOLD, 10, Font.NORMAL, INK);
        body = new Font(BriefFonts.REGULAR, BODY_SIZE, Font.NORMAL, INK);
        bodyBold = new Font(BriefFonts.BOLD, BODY_SIZE, Font.NORMAL, INK);
        label = new Font(BriefFonts.BOLD, 8, Font.NORMAL, MUTED);
        small = new Font(BriefFonts.REGULAR, 8, Font.NORMAL, MUTED);
        italic = new Font(BriefFonts.ITALIC, 8.5f, Font.NORMAL, MUTED);
        tableHeader = new Font(BriefFonts.BOLD, 8.5f, Font.NORMAL, Color.WHITE);
        priority = new Font(BriefFonts.BOLD, 14, Font.NORMAL, accent);
    }

    Font colored(Font font, Color color) {
        return new Font(font.getBaseFont(), font.getSize(), Font.NORMAL, color);
    }

    private static Color mix(Color color, Color with, float share) {
        return new Color(
                Math.round(color.getRed() * (1 - share) + with.getRed() * share),
                Math.round(color.getGreen() * (1 - share) + with.getGreen() * share),
                Math.round(color.getBlue() * (1 - share) + with.getBlue() * share));
    }
}
