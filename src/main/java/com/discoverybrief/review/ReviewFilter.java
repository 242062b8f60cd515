package com.discoverybrief.review;

import com.discoverybrief.discovery.CleanText;
import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.strategy.BusinessModel;
import java.time.LocalDate;

/**
 * What a lead narrows the list to; every part is optional (null or blank means "any").
 *
 * @param owner          the salesperson's username
 * @param changedFrom    first day of the last change, inclusive
 * @param changedTo      last day of the last change, inclusive
 * @param text           searched in the client's name and in every answer, case-insensitively
 */
public record ReviewFilter(String owner, SessionStatus status, LocalDate changedFrom, LocalDate changedTo,
        String industry, BusinessModel businessModel, String text) {

    public static final ReviewFilter NONE = new ReviewFilter(null, null, null, null, null, null, null);

    public ReviewFilter {
        owner = blankToNull(owner);
        industry = blankToNull(industry);
        text = blankToNull(text);
    }

    public ReviewFilter withOwner(String value) {
        return new ReviewFilter(value, status, changedFrom, changedTo, industry, businessModel, text);
    }

    public ReviewFilter withStatus(SessionStatus value) {
        return new ReviewFilter(owner, value, changedFrom, changedTo, industry, businessModel, text);
    }

    public ReviewFilter withChanged(LocalDate from, LocalDate to) {
        return new ReviewFilter(owner, status, from, to, industry, businessModel, text);
    }

    public ReviewFilter withIndustry(String value) {
        return new ReviewFilter(owner, status, changedFrom, changedTo, value, businessModel, text);
    }

    public ReviewFilter withBusinessModel(BusinessModel value) {
        return new ReviewFilter(owner, status, changedFrom, changedTo, industry, value, text);
    }

    public ReviewFilter withText(String value) {
        return new ReviewFilter(owner, status, changedFrom, changedTo, industry, businessModel, value);
    }

    private static String blankToNull(String value) {
        String cleaned = CleanText.line(value);
        return cleaned == null || cleaned.isBlank() ? null : cleaned.strip();
    }
}
