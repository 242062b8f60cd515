package com.discoverybrief.brief;

import com.discoverybrief.brief.BriefModel.Part;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which optional sections an export leaves out. The plan on page one (and the agency's note) always
 * goes in; everything after it may be left out. The same choice applies to the PDF, the Word file and
 * the shared web view.
 *
 * @param omitted the sections left out
 */
public record BriefSections(Set<Optional> omitted) {

    /** A section that may be left out of an export, in the brief's order. */
    public enum Optional {
        TEST_PLAN(Part.TEST_PLAN),
        CHANGES(Part.CHANGES),
        RECOMMENDATIONS(Part.RECOMMENDATIONS),
        READINESS(Part.READINESS),
        ANSWERS(Part.LEVELS),
        CHECKLIST(Part.CHECKLIST),
        QUESTIONS(Part.QUESTIONS);

        private final Part part;

        Optional(Part part) {
            this.part = part;
        }
    }

    /** Everything. */
    public static final BriefSections ALL = new BriefSections(Set.of());

    public BriefSections {
        omitted = omitted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(omitted));
    }

    public static BriefSections without(Optional... sections) {
        return new BriefSections(Set.of(sections));
    }

    public boolean includes(Optional section) {
        return !omitted.contains(section);
    }

    public BriefSections with(Optional section, boolean included) {
        Set<Optional> next = omitted.isEmpty() ? EnumSet.noneOf(Optional.class) : EnumSet.copyOf(omitted);
        if (included) {
            next.remove(section);
        } else {
            next.add(section);
        }
        return new BriefSections(next);
    }

    Set<Part> omittedParts() {
        return omitted.stream().map(section -> section.part).collect(Collectors.toUnmodifiableSet());
    }

    /** As stored with the session: the omitted sections' names, comma-separated; blank for everything. */
    public String stored() {
        return Arrays.stream(Optional.values()).filter(omitted::contains).map(Enum::name)
                .collect(Collectors.joining(","));
    }

    /** Reads {@link #stored()}; a name no longer known (an old section) is ignored, {@code null} is everything. */
    public static BriefSections read(String stored) {
        if (stored == null || stored.isBlank()) {
            return ALL;
        }
        Set<Optional> omitted = new LinkedHashSet<>();
        for (String name : stored.split(",")) {
            Arrays.stream(Optional.values()).filter(section -> section.name().equals(name.strip()))
                    .forEach(omitted::add);
        }
        return new BriefSections(omitted);
    }

    static BriefSections of(Collection<Optional> omitted) {
        return new BriefSections(Set.copyOf(omitted));
    }

    /** The sections in the brief's order. */
    public static List<Optional> all() {
        return List.of(Optional.values());
    }
}
