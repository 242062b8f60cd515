package com.discoverybrief.brief;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import java.io.ByteArrayOutputStream;

/**
 * A brief rendered on one A4-wide page as tall as a PDF page may be (14,400 points, about nineteen A4
 * pages): its text in reading order does not depend on where pages break, so a sentence split by a
 * page break, a footer or a repeated table header is read whole.
 */
public final class OnePageBrief {

    /** The largest page side the PDF format allows. */
    private static final float TALLEST = 14_400;

    private OnePageBrief() {
    }

    public static byte[] pdf(BriefDocument brief) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BriefRenderer().render(brief, out, new Rectangle(PageSize.A4.getWidth(), TALLEST));
        return out.toByteArray();
    }
}
