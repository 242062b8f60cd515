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
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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

    /** The same header with its names cleaned as every database stores them (see {@link CleanText}). */
    public SessionHeader cleaned() {
        return new SessionHeader(clean(clientCompany), clean(contactPerson), clean(industry), businessModel,
                geography, companySize, budget, meetingDate, briefLanguage);
    }

    /** The names of the properties in which two headers differ (blank text counts as empty). */
    public static Set<String> differences(SessionHeader a, SessionHeader b) {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent component : SessionHeader.class.getRecordComponents()) {
            if (!Objects.equals(value(component, a), value(component, b))) {
                names.add(component.getName());
            }
        }
        return names;
    }

    /** This header with the named properties taken from {@code other}; the rest stays as it is. */
    public SessionHeader withPropertiesOf(SessionHeader other, Set<String> names) {
        RecordComponent[] components = SessionHeader.class.getRecordComponents();
        Object[] values = Arrays.stream(components)
                .map(component -> raw(component, names.contains(component.getName()) ? other : this)).toArray();
        return construct(components, values);
    }

    private static SessionHeader construct(RecordComponent[] components, Object[] values) {
        try {
            return SessionHeader.class.getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SessionHeader cannot be copied", e);
        }
    }

    /** This header with one property set, e.g. {@code with("contactPerson", "Анна")}. */
    public SessionHeader with(String name, Object value) {
        RecordComponent[] components = SessionHeader.class.getRecordComponents();
        Object[] values = Arrays.stream(components)
                .map(component -> component.getName().equals(name) ? value : raw(component, this)).toArray();
        return construct(components, values);
    }

    /** One property by its name, e.g. {@code contactPerson}. */
    public Object property(String name) {
        for (RecordComponent component : SessionHeader.class.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return raw(component, this);
            }
        }
        throw new IllegalArgumentException("SessionHeader has no property " + name);
    }

    private static Object value(RecordComponent component, SessionHeader header) {
        Object value = raw(component, header);
        return value instanceof String text && text.isBlank() ? null : value;
    }

    private static Object raw(RecordComponent component, SessionHeader header) {
        try {
            return component.getAccessor().invoke(header);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SessionHeader." + component.getName() + " cannot be read", e);
        }
    }

    private static String clean(String text) {
        String line = CleanText.line(text);
        return line == null || line.isBlank() ? null : line.strip();
    }
}
