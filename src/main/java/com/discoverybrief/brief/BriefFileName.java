package com.discoverybrief.brief;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A download file name that is safe on every operating system and in a {@code Content-Disposition}
 * header: {@code brief-<client>-<yyyy-MM-dd>.pdf}, with Cyrillic transliterated and everything but
 * {@code [a-z0-9-]} turned into dashes.
 */
public final class BriefFileName {

    /** Longest client part, so the whole name stays well inside every file system's limit. */
    static final int MAX_CLIENT_LENGTH = 60;
    static final String FALLBACK_CLIENT = "client";

    /** Russian and Ukrainian letters, after GOST 7.79-2000 system B, simplified to plain ASCII. */
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('є', "ye"),
            Map.entry('ґ', "g"));

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SAFE = Pattern.compile("[^a-z0-9]+");

    private BriefFileName() {
    }

    /** E.g. «Стоматология „Улыбка“» on 2026-11-27 → {@code brief-stomatologiya-ulybka-2026-11-27.pdf}. */
    public static String of(String clientCompany, LocalDate date) {
        return "brief-" + slug(clientCompany) + "-" + DateTimeFormatter.ISO_LOCAL_DATE.format(date) + ".pdf";
    }

    static String slug(String text) {
        if (text == null) {
            return FALLBACK_CLIENT;
        }
        StringBuilder latin = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            latin.append(CYRILLIC.getOrDefault(c, String.valueOf(c)));
        }
        // "café" → "cafe": decompose, then drop the accents.
        String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
        String slug = trimDashes(NOT_SAFE.matcher(ascii).replaceAll("-"));
        if (slug.length() > MAX_CLIENT_LENGTH) {
            slug = trimDashes(slug.substring(0, MAX_CLIENT_LENGTH));
        }
        return slug.isEmpty() ? FALLBACK_CLIENT : slug;
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
