package com.discoverybrief.brief;

import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The engine's {@link Summary} as one paragraph framed as the client's benefit ("We help you find more
 * clients and earn more: …"), in the given language. The brief prints it; the UI may show it too.
 */
public final class SummaryParagraph {

    private SummaryParagraph() {
    }

    /** The paragraph, built from the {@code summary.*} and {@code enum.*} translations. */
    public static String of(Summary summary, Locale locale) {
        return of(summary, BriefText.of(locale));
    }

    /**
     * The sentence of the summary's focus. "First we set up measurement" is not said to a client who
     * measures already (finding 83): where no analytics setup is among the first steps, the figures are
     * there, and the sentence says we read them first.
     */
    static String focus(Summary summary, BriefText text) {
        return focus(summary, text, false);
    }

    /**
     * {@link #focus(Summary, BriefText)} over a list of steps that opens with a channel the client already earns
     * with (finding 106: «Сначала настроим измерения» above step 1 «Маркетплейсы · Сохранить и измерить»): the
     * sentence says that what pays is kept as it is while the measurement is set up, so the approach and step 1
     * agree.
     */
    static String focus(Summary summary, BriefText text, boolean keptFirst) {
        return focus(summary, text, keptFirst, false);
    }

    /**
     * {@link #focus(Summary, BriefText, boolean)} for a business supplier whose one platform is a tender platform
     * (finding 120): the risk there is the auction's price and a thin margin, not a platform that raises its fee or
     * blocks the account, so the sentence says why direct yearly contracts are grown.
     */
    static String focus(Summary summary, BriefText text, boolean keptFirst, boolean tenders) {
        String key = "summary.focus." + summary.focus().name();
        if (tenders && summary.focus() == Summary.Focus.LEAVE_ONE_PLATFORM) {
            return text.get(key + ".tenders");
        }
        if (summary.focus() == Summary.Focus.MEASURE_THEN_GROW
                && !summary.firstSteps().contains(Channel.ANALYTICS_SETUP)) {
            key += ".measured";
        } else if (summary.focus() == Summary.Focus.MEASURE_THEN_GROW && keptFirst) {
            key += ".keptFirst";
        }
        return text.get(key);
    }

    static String of(Summary summary, BriefText text) {
        List<String> sentences = new ArrayList<>();
        sentences.add(text.get("summary.intro", focus(summary, text)));
        if (!summary.firstSteps().isEmpty()) {
            List<String> steps = summary.firstSteps().stream().map(step -> inSentence(text.label(step))).toList();
            // "positioning, then analytics setup": the order is the plan.
            sentences.add(text.get("summary.firstSteps", String.join(", " + text.get("summary.then") + " ", steps)));
        }
        if (summary.horizon() != null) {
            sentences.add(text.get("summary.horizon", text.label(summary.horizon())));
        }
        if (summary.growthGoal() != null && !summary.growthGoal().isBlank()) {
            sentences.add(text.get("summary.goal", summary.growthGoal().strip()));
        }
        Summary.GoalLimit limit = summary.outOfReachBecause();
        if (limit != null) {
            sentences.add(text.get(limit == Summary.GoalLimit.HORIZON ? "summary.goal.outOfReach"
                    : "summary.goal.outOfReach." + limit.name(), summary.goalOutOfReach().strip(),
                    summary.goalHorizon() == null ? "" : text.label(summary.goalHorizon())));
        }
        sentences.add(text.get("summary.test"));
        return String.join(" ", sentences);
    }

    /** "Market analysis" reads "market analysis" mid-sentence; "SEO and content" and "SMM" stay as they are. */
    private static String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }
}
