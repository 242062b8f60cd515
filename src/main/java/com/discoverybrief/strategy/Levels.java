package com.discoverybrief.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The three levels of strategy as the answers fill them: what is known (every answered field of the
 * level, "don't know" excepted, marked when it is an assumption), the required fields still missing as
 * gaps, and readiness — the share of required fields known, rounded down, and capped where the
 * strategy is weak however complete the fields look:
 * <ul>
 * <li>meso: an audience of "everyone" (or unknown) caps it at {@value #AUDIENCE_CAP} %, a blurry or
 * missing USP at {@value #USP_CAP} %;</li>
 * <li>macro: unknown economics (no average check or no margin) at {@value #ECONOMICS_CAP} %, a sale that
 * earns nothing (a margin of 0 % or below) at {@value #NO_MARGIN_CAP} %;</li>
 * <li>micro: nothing measured at {@value #MEASURE_CAP} %; and every open operational check of the
 * before-ads list (the site does not capture enquiries, no customer base, a draining channel not measured,
 * tracking only in part) takes {@value #OPEN_CHECK_STEP} points off, each named, so the level reaches
 * 100 % only when those checks are done (finding 93: "100 % ready" beside four "to do" items);</li>
 * <li>any level whose required answers include an assumption at {@value #ASSUMPTION_CAP} %.</li>
 * </ul>
 * So 100 % means nothing required is missing and nothing caps it.
 */
final class Levels {

    static final int AUDIENCE_CAP = 40;
    static final int USP_CAP = 50;
    static final int ECONOMICS_CAP = 70;
    static final int MEASURE_CAP = 50;
    static final int ASSUMPTION_CAP = 80;
    /** A sale that earns nothing (margin 0 % or below) caps the macro level: the business loses on every order. */
    static final int NO_MARGIN_CAP = 50;
    /** What each open operational check of the before-ads list takes off the micro level. */
    static final int OPEN_CHECK_STEP = 15;

    private Levels() {
    }

    static Map<Level, LevelAssessment> assess(Answers answers) {
        Map<Level, LevelAssessment> levels = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            levels.put(level, assess(answers, level));
        }
        return levels;
    }

    static LevelAssessment assess(Answers answers, Level level) {
        List<Fact> known = new ArrayList<>();
        for (AnswerField field : AnswerField.of(level)) {
            if (RequiredFields.isKnown(answers, field) && answers.isAnswered(field)) {
                known.add(fact(answers, field));
            }
        }
        List<AnswerField> required = RequiredFields.of(level, answers);
        List<Gap> gaps = required.stream()
                .filter(field -> !RequiredFields.isKnown(answers, field))
                .map(Gap::new)
                .toList();
        int share = (required.size() - gaps.size()) * 100 / required.size();
        List<Cap> caps = caps(answers, level).stream().filter(cap -> cap.limit() < share).toList();
        int readiness = caps.stream().mapToInt(Cap::limit).reduce(share, Math::min);
        return new LevelAssessment(level, known, readiness, gaps, caps);
    }

    static List<Cap> caps(Answers answers, Level level) {
        List<Cap> caps = new ArrayList<>();
        switch (level) {
            case MESO -> {
                if (Signals.audienceBroad(answers)) {
                    caps.add(new Cap(CapReason.AUDIENCE_UNDEFINED, AUDIENCE_CAP));
                }
                if (Signals.uspBlurry(answers)) {
                    caps.add(new Cap(CapReason.USP_BLURRY, USP_CAP));
                }
            }
            case MACRO -> {
                if (!Signals.economicsKnown(answers)) {
                    caps.add(new Cap(CapReason.ECONOMICS_UNKNOWN, ECONOMICS_CAP));
                }
                if (MarginRules.noMargin(answers)) {
                    caps.add(new Cap(CapReason.NO_MARGIN, NO_MARGIN_CAP));
                }
            }
            case MICRO -> {
                if (answers.analytics() == AnalyticsLevel.NO) {
                    caps.add(new Cap(CapReason.NOTHING_MEASURED, MEASURE_CAP));
                }
                caps.addAll(openChecks(answers));
            }
        }
        if (RequiredFields.of(level, answers).stream().anyMatch(f -> answers.isAnswered(f) && answers.evidence(f) == Evidence.ASSUMPTION)) {
            caps.add(new Cap(CapReason.ASSUMPTIONS, ASSUMPTION_CAP));
        }
        return caps;
    }

    /**
     * The operational checks of the before-ads list that the answers show open, as caps of the micro level:
     * each takes {@value #OPEN_CHECK_STEP} points off, and all carry the limit they make together. A check
     * whose fact is unanswered is a gap, not an open check; "nothing measured" is a cap of its own.
     */
    private static List<Cap> openChecks(Answers answers) {
        List<CapReason> open = new ArrayList<>();
        if (answers.site() != null && answers.site() != Site.UNKNOWN
                && !BeforeAdsChecklist.isDone(ChecklistItem.Check.SITE_CAPTURES_LEADS, answers)) {
            open.add(CapReason.SITE_NOT_CAPTURING);
        }
        if (answers.customerBase() != null && !BeforeAdsChecklist.isDone(ChecklistItem.Check.CUSTOMER_BASE_KEPT, answers)) {
            open.add(answers.customerBase() == CustomerBase.SPREADSHEET ? CapReason.BASE_IN_SPREADSHEET
                    : CapReason.NO_CUSTOMER_BASE);
        }
        if (ChecklistItem.Check.LOSING_CHANNELS_MEASURED.appliesTo(answers)) {
            open.add(CapReason.DRAINING_UNMEASURED);
        }
        if (answers.analytics() == AnalyticsLevel.PARTLY) {
            open.add(CapReason.TRACKING_PARTIAL);
        }
        int limit = 100 - OPEN_CHECK_STEP * open.size();
        return open.stream().map(reason -> new Cap(reason, limit)).toList();
    }

    private static Fact fact(Answers answers, AnswerField field) {
        Object value = answers.valueOf(field);
        Evidence evidence = answers.evidence(field);
        if (value instanceof String) {
            return new Fact(field, List.of(), answers.excerpt(field), evidence);
        }
        if (value instanceof BigDecimal number) {
            return new Fact(field, List.of(), StoredForm.format(number), evidence);
        }
        return new Fact(field, Cite.constantsOf(value), null, evidence);
    }
}
