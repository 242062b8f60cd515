package com.discoverybrief.brief;

import com.discoverybrief.strategy.Reason;
import java.math.BigDecimal;

/** The client's words as the brief prints them: numbers with their unit, everything else in the language's quotes. */
final class Quotes {

    private Quotes() {
    }

    static String excerpt(Reason reason, BriefText text, AdviceText advice) {
        String excerpt = reason.excerpt().strip();
        if (reason.field().isNumber()) {
            try {
                return advice.number(new BigDecimal(excerpt), reason.field().range().unit());
            } catch (NumberFormatException e) {
                // not a number after all: quote it as written
            }
        }
        return text.get("brief.quoted", excerpt);
    }
}
