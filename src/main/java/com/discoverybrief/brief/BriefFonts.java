package com.discoverybrief.brief;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The embedded fonts, parsed once per JVM and shared by every brief (a {@link BaseFont} is read-only
 * after parsing; each PDF writer subsets it on its own).
 *
 * <p>Liberation Sans (SIL OFL, from openpdf-fonts-extra) sets the text. Characters it lacks fall back,
 * in order, to DejaVu Sans (Bitstream Vera licence: Greek, Hebrew, Arabic, Armenian, Georgian, many
 * symbols) and Symbola (free for any use: emoji and pictographs, monochrome, which a PDF can embed
 * unlike colour-bitmap emoji fonts). Licences sit beside the files in {@code fonts/}.
 */
final class BriefFonts {

    static final BaseFont REGULAR = load("/liberation/LiberationSans-Regular.ttf");
    static final BaseFont BOLD = load("/liberation/LiberationSans-Bold.ttf");
    static final BaseFont ITALIC = load("/liberation/LiberationSans-Italic.ttf");
    /** Tried in order for a character that {@link #REGULAR} cannot draw. */
    static final List<BaseFont> FALLBACKS = List.of(load("/fonts/DejaVuSans.ttf"), load("/fonts/Symbola.ttf"));

    private BriefFonts() {
    }

    private static BaseFont load(String resource) {
        try (InputStream in = BriefFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            // From bytes, so subsetting at each document's close never touches the jar again.
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    in.readAllBytes(), null);
            // Every brief deflates its font subsets anew; the fastest level halves the time of a brief.
            font.setCompressionLevel(PdfStream.BEST_SPEED);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
