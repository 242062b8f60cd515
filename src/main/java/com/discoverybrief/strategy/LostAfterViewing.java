package com.discoverybrief.strategy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The step of a months-long deal that a booking window can still see: the enquiries lost after a viewing or a meeting
 * (finding 133: a wedding venue met in January, «Цикл сделки: Несколько месяцев», its 11-week window — the sale is
 * not seen by week 6, but «40 % пар после просмотра выбирают другую площадку» is). The conversion work in such a
 * window is read on that share, from the client's own words where they give it; otherwise it is recorded in the first
 * weeks.
 */
final class LostAfterViewing {

    /** The work aims at a quarter fewer enquiries lost after the viewing, as conversion work aims a quarter higher. */
    static final double AIM_SHARE = 0.75;

    private static final String STEP = "(?:после|after)\\s+(?:the\\s+|a\\s+)?(?:просмотр|осмотр|встреч|визит|экскурси"
            + "|консультац|замер|viewing|visit|meeting|tour|consultation)";
    /** «40 % пар после просмотра…», «после встречи уходят 30 %», "40% leave after the viewing". */
    private static final Pattern SHARE_THEN_STEP = Pattern.compile("(\\d{1,2}(?:[.,]\\d)?)\\s*%[^.;!?%]{0,60}?" + STEP);
    private static final Pattern STEP_THEN_SHARE = Pattern.compile(STEP + "[^.;!?%]{0,60}?(\\d{1,2}(?:[.,]\\d)?)\\s*%");

    private LostAfterViewing() {
    }

    /** Whether the plan's conversion work is read on this step: inside an open window the deal outlasts. */
    static boolean reads(Answers answers, Kpi kpi, Channel channel, PlannedTest.Kind kind) {
        return kpi == Kpi.CONVERSION_RATE && BookingWindow.dealOutlasts(answers)
                && BookingWindow.sellingWork(answers, channel, kind);
    }

    /** The share of enquiries lost after the viewing in the client's words on why clients leave, or {@code null}. */
    static Double said(Answers answers) {
        String words = answers.lowerCase(AnswerField.CHURN_REASONS);
        if (words == null) {
            return null;
        }
        for (Pattern pattern : new Pattern[] {SHARE_THEN_STEP, STEP_THEN_SHARE}) {
            Matcher matcher = pattern.matcher(words);
            if (matcher.find()) {
                return Double.parseDouble(matcher.group(1).replace(',', '.'));
            }
        }
        return null;
    }

    /**
     * Baseline, aim and stop: today's share from the client's words, a quarter fewer lost, and no fewer lost than
     * today; none where the words give no share — it is recorded in the work's first weeks.
     */
    static Figure[] figures(Answers answers) {
        Double lost = said(answers);
        return lost == null || lost <= 0 ? new Figure[3] : new Figure[] {Figure.of(lost, Unit.PERCENT),
                Figure.of(lost * AIM_SHARE, Unit.PERCENT), Figure.of(lost, Unit.PERCENT)};
    }
}
