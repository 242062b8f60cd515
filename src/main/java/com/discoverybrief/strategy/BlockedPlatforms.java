package com.discoverybrief.strategy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Instagram and Facebook (Meta) sell no advertising to Russian businesses since 2022, and placing
 * advertising on the resources of an organisation recognised as extremist is prohibited by law since
 * 1 September 2025. A client who names them — "all my clients are on Instagram", "I ran Instagram ads
 * before" — and asks for targeted ads hears that plainly, as the verdict on the request, with what reaches
 * the same people instead: targeting in VK and Telegram, the followers moved to a VK community or a
 * Telegram channel, the Instagram page kept as a portfolio. No structured fact names the platform, so the
 * client's own words on their online presence and constraints decide (as they do for a free plan).
 */
final class BlockedPlatforms {

    /** The reason on social media: move the followers to platforms the business can advertise on. */
    static final String MOVE_AUDIENCE = "meta-move-audience";

    private static final Pattern META = Pattern.compile("инстаграм|instagram|фейсбук|facebook|\\binsta\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What every match of {@link #META} contains once folded ({@link CaseFold}): without one, no need to ask it. */
    private static final List<String> NAMES = List.of("инстаграм", "фейсбук", "facebook", "insta");

    private static final List<AnswerField> WORDS = List.of(AnswerField.ONLINE_PRESENCE, AnswerField.CONSTRAINTS);

    private BlockedPlatforms() {
    }

    /** The answer in whose words the client names Instagram or Facebook, or {@code null}. */
    static AnswerField namedIn(Answers answers) {
        for (AnswerField field : WORDS) {
            String text = answers.text(field);
            if (text != null && CaseFold.mayName(text, NAMES) && META.matcher(text).find()) {
                return field;
            }
        }
        return null;
    }

    /** Social media the client runs there: the followers are moved to where the business can reach them. */
    static void apply(Answers answers, Map<Channel, Draft> drafts) {
        AnswerField field = namedIn(answers);
        Draft smm = drafts.get(Channel.SMM);
        if (field != null && smm != null) {
            smm.addReason(new Cite(MOVE_AUDIENCE).answer(answers, field));
        }
    }

    /**
     * Targeted ads asked for by a client who names Instagram or Facebook: not there — the targeted ads in the
     * plan (its step, when there are any) run in VK and Telegram.
     */
    static Verdict verdict(Answers answers, Verdict verdict, List<Recommendation> recommendations) {
        if (verdict.channel() != Channel.TARGETED_ADS || !verdict.requested() || namedIn(answers) == null) {
            return verdict;
        }
        int step = recommendations.stream().filter(r -> r.channel() == Channel.TARGETED_ADS)
                .mapToInt(Recommendation::priority).findFirst().orElse(0);
        return new Verdict(Channel.TARGETED_ADS, verdict.motive(), step > 0 ? VerdictKind.LATER : VerdictKind.NOT_NOW,
                VerdictReason.PLATFORM_BLOCKED, step, null, null);
    }
}
