package com.discoverybrief.brief;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where the PDF may break a line: OpenPDF's rules, except at a hyphen that follows a digit. A number and
 * its ending or range stay on one line — «к 8-й неделе», «2-3 недели», «5-7 %» — instead of «8-» ending
 * one line and «й» starting the next. Hyphens between letters («онлайн-запись», “follow-up”) still break.
 */
final class NumberHyphen extends DefaultSplitCharacter {

    static final SplitCharacter RULE = new NumberHyphen();

    private NumberHyphen() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (current > start && getCurrentCharacter(current, cc, ck) == '-'
                && Character.isDigit(getCurrentCharacter(current - 1, cc, ck))) {
            return false;
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }
}
