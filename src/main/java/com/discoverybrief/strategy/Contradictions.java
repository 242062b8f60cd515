package com.discoverybrief.strategy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tick the client's own words contradict is not taken at face value (finding 45): it is read as an
 * assumption — exactly as if the salesperson had tagged it so — and every step that rests on it says
 * to verify it first, the brief marks it, and readiness is capped. Three contradictions a strategist
 * hears at once:
 * <ul>
 * <li>"segments named" (with or without evidence), while the segments are "everyone who needs …";</li>
 * <li>"the USP is clear", while it is made only of words every competitor says (quality, an individual
 * approach, affordable prices, experience …);</li>
 * <li>paid ads or search "bring profit", while nothing is tracked: without analytics nobody can know it —
 * that one channel (not the client's other channels) is verified first and gets no extra money
 * ({@link #adsProfitUntracked}).</li>
 * </ul>
 * A tick tagged "checked with data" is never overruled, and nothing here changes what was stored.
 */
public final class Contradictions {

    /** Segments that start with "everyone" / "all who …": no segment at all. */
    private static final Pattern EVERYONE = Pattern.compile(
            "^\\s*(все|всех|всем|любой|любые|любых|каждый|everyone|everybody|anyone|all)(\\s*[,.!;:—-]|\\s+(кто|кому|кого|who|people)\\b|\\s*$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The words any competitor puts in its USP; a USP made of nothing else tells no difference. */
    private static final Pattern GENERIC = Pattern.compile(
            "(высок\\S*\\s+)?качеств\\S*(\\s+(работ|услуг|товар|продукци)\\S*)?|индивидуальн\\S*(\\s+подход\\S*)?|подход\\S*\\s+к\\s+кажд\\S*(\\s+клиент\\S*)?"
                    + "|(доступн|низк|приемлем|демократичн|разумн|выгодн|лучш|честн)\\S*\\s+цен\\S*|опыт\\S*(\\s+работ\\S*)?|профессионал\\S*"
                    + "|надёжн\\S*|надежн\\S*|сервис\\S*|сроки|в\\s+срок|быстр\\S*|гаранти\\S*|ответственн\\S*|клиентоориентированн\\S*"
                    + "|(high\\s+)?quality|individual\\s+approach|personal\\s+approach|affordable\\s+prices?|low\\s+prices?|fair\\s+prices?"
                    + "|experience\\S*|professional\\S*|reliab\\S*|service|fast|guarantee\\S*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * How the parts of a USP are listed: commas, "and", semicolons, slashes, pluses. The look-ahead changes no
     * match (every separator starts with a space or one of its marks); it only spares the search trying every
     * alternative at every letter of a part.
     */
    private static final Pattern PARTS = Pattern.compile("(?=[\\s,;/+])\\s*(,|;|/|\\+|\\s+и\\s+|\\s+and\\s+|\\s+&\\s+)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Full stops, exclamations and quotes, dropped before a USP is cut into its parts. */
    private static final Pattern MARKS = Pattern.compile("[.!«»\"]");

    private Contradictions() {
    }

    /** The answers with every contradicted tick read as an assumption; the same answers when none is. */
    static Answers apply(Answers answers) {
        Answers.Builder read = null;
        for (AnswerField field : contradicted(answers)) {
            if (read == null) {
                read = answers.toBuilder();
            }
            read.evidence(field, Evidence.ASSUMPTION);
        }
        return read == null ? answers : read.build();
    }

    /** The ticks the client's own words contradict, unless checked with data or already an assumption. */
    public static List<AnswerField> contradicted(Answers answers) {
        return List.of(AnswerField.AUDIENCE_CLARITY, AnswerField.USP_CLARITY).stream()
                .filter(field -> answers.evidence(field) == Evidence.CLIENT_SAID)
                .filter(field -> field == AnswerField.AUDIENCE_CLARITY ? audienceIsEveryone(answers) : uspIsGeneric(answers))
                .toList();
    }

    /** Segments "named" (or "evidenced") that are "everyone …" in the client's own words. */
    static boolean audienceIsEveryone(Answers answers) {
        return (answers.audienceClarity() == AudienceClarity.EVIDENCED || answers.audienceClarity() == AudienceClarity.NAMED)
                && answers.segments() != null && EVERYONE.matcher(answers.segments()).find();
    }

    /** "The USP is clear", while every part of it is a word any competitor uses. */
    static boolean uspIsGeneric(Answers answers) {
        return answers.uspClarity() == UspClarity.CLEAR && generic(answers.usp());
    }

    /** Whether a USP is made only of generic words (a blank one is not judged here). */
    static boolean generic(String usp) {
        if (usp == null || usp.isBlank()) {
            return false;
        }
        String text = MARKS.matcher(usp.strip().toLowerCase(Locale.ROOT)).replaceAll("");
        // part by part, as PARTS.split would cut them, stopping at the first part that says something of its own
        Matcher separator = PARTS.matcher(text);
        int start = 0;
        while (true) {
            boolean more = separator.find();
            String part = text.substring(start, more ? separator.start() : text.length());
            if (!part.isBlank() && !GENERIC.matcher(part.strip()).matches()) {
                return false;
            }
            if (!more) {
                return true;
            }
            start = separator.end();
        }
    }

    /**
     * Paid ads or search said to bring profit while nothing is tracked: the return of ads is not seen
     * without analytics (referrals, partners, a marketplace's own dashboard are seen without it).
     */
    public static boolean adsProfitUntracked(Answers answers) {
        return java.util.Arrays.stream(Channel.values()).anyMatch(channel -> adsProfitUntracked(answers, channel));
    }

    /**
     * Search (SEO, contextual ads) the client says brings profit while there is no site to land on (finding 106,
     * scenario 44): the calls most likely come from the map card or classifieds. The plan holds such a line at
     * nothing ({@link SiteFirst}), so the brief does not name it among the first steps as a working channel; it
     * asks what the client calls search instead.
     */
    public static List<Channel> searchProfitWithoutSite(Answers answers) {
        return List.of(Channel.SEO_CONTENT, Channel.CONTEXTUAL_ADS).stream()
                .filter(channel -> SiteFirst.searchWithoutSite(answers, channel) && Signals.profitsFrom(answers, channel))
                .toList();
    }

    /** {@link #adsProfitUntracked(Answers)} for one channel of the catalogue. */
    static boolean adsProfitUntracked(Answers answers, Channel channel) {
        return answers.analytics() == AnalyticsLevel.NO && answers.evidence(AnswerField.CHANNELS) != Evidence.CHECKED_WITH_DATA
                && (channel == Channel.CONTEXTUAL_ADS || channel == Channel.TARGETED_ADS || channel == Channel.SEO_CONTENT)
                && Signals.profitsFrom(answers, channel);
    }
}
