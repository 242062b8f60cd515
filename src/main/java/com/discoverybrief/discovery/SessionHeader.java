package com.discoverybrief.discovery;

import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.CompanySize;
import com.discoverybrief.strategy.Geography;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;

/** Who the client is and the meeting's facts: the header step of the wizard and the brief. */
@Embeddable
public record SessionHeader(
        @NotBlank @Size(max = Limits.NAME) @Column(name = "client_company", length = Limits.NAME, nullable = false)
        String clientCompany,
        @Size(max = Limits.NAME) @Column(name = "contact_person", length = Limits.NAME)
        String contactPerson,
        @Size(max = Limits.NAME) @Column(name = "industry", length = Limits.NAME)
        String industry,
        @Enumerated(EnumType.STRING) @Column(name = "business_model", length = 10)
        BusinessModel businessModel,
        @Enumerated(EnumType.STRING) @Column(name = "geography", length = 20)
        Geography geography,
        @Enumerated(EnumType.STRING) @Column(name = "company_size", length = 20)
        CompanySize companySize,
        @Enumerated(EnumType.STRING) @Column(name = "budget_range", length = 30)
        BudgetRange budget,
        @Column(name = "meeting_date")
        LocalDate meetingDate,
        @NotNull @Column(name = "brief_language", length = 2, nullable = false)
        String briefLanguage) {

    /** A new session's header: just the client's name, the meeting today, the brief in the UI language. */
    public static SessionHeader start(String clientCompany, LocalDate meetingDate, Locale language) {
        return new SessionHeader(clientCompany, null, null, null, null, null, null, meetingDate,
                language.getLanguage());
    }

    public Locale language() {
        return Locale.forLanguageTag(briefLanguage);
    }
}
