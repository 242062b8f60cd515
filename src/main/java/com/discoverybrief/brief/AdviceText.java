package com.discoverybrief.brief;

import com.discoverybrief.strategy.Answers;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.BookingWindow;
import com.discoverybrief.strategy.DatedOpening;
import com.discoverybrief.strategy.Cap;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.ChannelRequest;
import com.discoverybrief.strategy.ChannelUse;
import com.discoverybrief.strategy.Condition;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.FallingStop;
import com.discoverybrief.strategy.Horizon;
import com.discoverybrief.strategy.Figure;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.LevelAssessment;
import com.discoverybrief.strategy.MapCard;
import com.discoverybrief.strategy.OwnSources;
import com.discoverybrief.strategy.PlannedTest;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.SeasonMonth;
import com.discoverybrief.strategy.Stage;
import com.discoverybrief.strategy.SlowTests;
import com.discoverybrief.strategy.TestPlan;
import com.discoverybrief.strategy.Unit;
import com.discoverybrief.strategy.Verdict;
import com.discoverybrief.strategy.VerdictKind;
import com.discoverybrief.strategy.VerdictReason;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The advice in words, the same on screen and in the brief: verdicts on the client's own ideas, what a
 * recommendation waits for and what to verify first, why readiness is held down, the test plan's
 * lines, and numbers with their units in the reader's language.
 */
public final class AdviceText {

    private static final char NARROW_NO_BREAK_SPACE = '\u202F';
    private static final char NO_BREAK_SPACE = '\u00A0';

    private final BriefText text;
    private final PlanBars bars;
    private final ReserveReasons reserveReasons;

    private AdviceText(BriefText text) {
        this.text = text;
        this.bars = new PlanBars(this, text);
        this.reserveReasons = new ReserveReasons(this, text);
    }

    public static AdviceText of(Locale locale) {
        return new AdviceText(BriefText.of(locale));
    }

    static AdviceText of(BriefText text) {
        return new AdviceText(text);
    }

    /** Any text of the bundle with {n} filled in. */
    public String get(String key, Object... args) {
        return text.get(key, args);
    }

    /** An enum constant's label. */
    public String label(Enum<?> constant) {
        return text.label(constant);
    }

    /**
     * What a line of the plan does: a test only where it tries a new channel ({@link PlannedTest#newTest}), the lines
     * the intro's "at most N new tests at once" counts; the work on the client's own base, reputation and conversion is
     * an improvement that runs beside them; a slow line whose money buys only pages is a one-off piece of work (179).
     */
    public String kindLabel(TestPlan plan, PlannedTest line) {
        return SlowTests.pagesOnly(plan, line) ? text.get("advice.plan.kind.pages") : kindLabel(line);
    }

    /** The title of a plan's line: a slow line whose money buys only pages is named by those pages (finding 179). */
    public String lineTitle(TestPlan plan, PlannedTest line) {
        return SlowTests.pagesOnly(plan, line) ? text.get("advice.plan.pages.title") : title(line.channel(), line.kpi());
    }

    /**
     * A recommendation's title as its plan line names it: page 1's steps and the «Почему» table say what the plan says
     * (finding 188: «Страницы под ваши предложения (SEO)», not «SEO и контент»).
     */
    public String stepTitle(Recommendation recommendation, TestPlan plan) {
        PlannedTest pages = SlowTests.pagesLine(plan, recommendation.channel());
        return pages != null ? lineTitle(plan, pages) : title(recommendation.channel(), stepKpi(recommendation, plan));
    }

    /**
     * The number a line of the plan is read on: a one-off's is its pages, published by its last week, not a test's
     * traffic (finding 188).
     */
    public String lineKpi(TestPlan plan, PlannedTest line) {
        return SlowTests.pagesOnly(plan, line) ? text.get("advice.plan.pages.kpi") : text.label(line.kpi());
    }

    /** The number a step is read on and when, as page 1 prints it beside the step: a one-off's is the week it is done. */
    public String stepReading(Recommendation recommendation, TestPlan plan) {
        PlannedTest pages = SlowTests.pagesLine(plan, recommendation.channel());
        return pages != null ? lineKpi(plan, pages) + " · " + text.get("advice.plan.pages.by", SlowTests.lastWeekInPlan(plan, pages))
                : text.label(stepKpi(recommendation, plan)) + " · "
                        + text.get("brief.recommendations.horizon", text.label(recommendation.horizon()));
    }

    /**
     * When a line of the plan shows its results: a one-off's pages are done by its last week, what comes in its horizon
     * is the search positions, so it says so (finding 195).
     */
    public String planResults(TestPlan plan, PlannedTest line, Horizon horizon) {
        return text.get(SlowTests.pagesOnly(plan, line) ? "advice.plan.pages.results" : "advice.plan.results",
                text.label(horizon));
    }

    /** The key suffix of a sentence about a slow line whose money buys only pages ({@link SlowTests#pagesOnly}). */
    private static String pages(TestPlan plan, PlannedTest slow) {
        return SlowTests.pagesOnly(plan, slow) ? ".pages" : "";
    }

    /** The label of a line's kind, as the plan prints it under its title. */
    public String kindLabel(PlannedTest line) {
        return line.kind() == PlannedTest.Kind.TEST && !line.newTest() ? text.get("advice.plan.kind.improvement")
                : unmeasuredScale(line) ? text.get("advice.plan.kind.measureThenScale")
                : movedToNewPlace(line) ? text.get("advice.plan.kind.moved")
                : text.label(line.kind());
    }

    /**
     * A kept line read on the sign-ups for a new place: it pauses at the full place and works around the new address
     * (finding 143) — labelled so on page 1, in the advice and in the plan, never «Сохранить и измерить» (155).
     */
    static boolean movedToNewPlace(PlannedTest line) {
        return line.kind().keeps() && line.kpi() == Kpi.PRE_SALES;
    }

    /**
     * A scaled line whose own figure is not known yet — recorded before the start — is measured before it is scaled
     * (finding 85: 48's contextual at 90 % of the budget; 153: whatever its figure, a share of repeat purchases too): its
     * label says so, not «Масштабировать постепенно».
     */
    static boolean unmeasuredScale(PlannedTest line) {
        return line.kind() == PlannedTest.Kind.SCALE && line.baseline() == null;
    }

    /** A recommendation's stage as the plan labels its line: measured first where the plan scales it unmeasured (85). */
    public String stageLabel(Recommendation recommendation, TestPlan plan) {
        Channel channel = recommendation.channel();
        PlannedTest pages = SlowTests.pagesLine(plan, channel);
        if (pages != null) {
            return kindLabel(plan, pages);
        }
        if (recommendation.stage() == Stage.SCALE && hasLine(plan, channel, AdviceText::unmeasuredScale)) {
            return text.get("advice.plan.kind.measureThenScale");
        }
        if (hasLine(plan, channel, AdviceText::movedToNewPlace)) {
            return text.get("advice.plan.kind.moved");
        }
        // own work (the client's enquiries, existing map card, partners) is labelled as its plan line is (finding 150)
        boolean own = hasLine(plan, channel, PlannedTest::own);
        return recommendation.stage() == Stage.TEST && (channel.group() != Channel.Group.ACQUISITION || own)
                ? text.get("advice.plan.kind.improvement") : stageLabel(recommendation);
    }

    /** Whether the plan (if any) has a line for {@code channel} that {@code is}. */
    private static boolean hasLine(TestPlan plan, Channel channel, java.util.function.Predicate<PlannedTest> is) {
        return plan != null && plan.lines().stream().anyMatch(line -> line.channel() == channel && is.test(line));
    }

    /** A recommendation's stage, named as the plan names its line ({@link #kindLabel}) where there is no plan. */
    public String stageLabel(Recommendation recommendation) {
        return recommendation.stage() == Stage.TEST && recommendation.channel().group() != Channel.Group.ACQUISITION
                ? text.get("advice.plan.kind.improvement") : text.label(recommendation.stage());
    }

    /** The title of a piece of work in the plan: its channel, or what it is for where its KPI says ({@link BriefText#title}). */
    public String title(Channel channel, Kpi kpi) {
        return text.title(channel, kpi);
    }

    // --- numbers

    /** A figure with its unit: "1 575 ₽", "8,8 %" ("8.8%" in English), "30 в месяц", "4,5 из 5". */
    public String figure(Figure figure) {
        return number(figure.value(), figure.unit());
    }

    /**
     * A number with its unit, grouped and with the decimal mark of the language — the one place the brief
     * and the screens format a figure. Russian groups thousands with a narrow no-break space (U+202F,
     * which the brief's font draws as a thin space and no line breaks at): "1 200 000 ₽"; English with
     * commas: "1,200,000 ₽". The unit follows after a no-break space, except the per cent sign: English
     * writes it close up ("28%"), Russian after a narrow no-break space ("28 %").
     */
    public String number(BigDecimal value, Unit unit) {
        String digits = digits(value, unit);
        if (unit == Unit.PERCENT) {
            return digits + (isRussian() ? String.valueOf(NARROW_NO_BREAK_SPACE) : "") + text.label(unit);
        }
        return digits + NO_BREAK_SPACE + text.label(unit);
    }

    private String digits(BigDecimal value, Unit unit) {
        NumberFormat format = NumberFormat.getNumberInstance(text.locale());
        format.setMaximumFractionDigits(unit == Unit.RUBLES || unit == Unit.PER_MONTH ? 0 : 1);
        // the JDK's Russian grouping is U+00A0 or U+202F depending on its locale data: always the thin one
        return format.format(value).replace(NO_BREAK_SPACE, NARROW_NO_BREAK_SPACE);
    }

    boolean isRussian() {
        return "ru".equals(text.locale().getLanguage());
    }

    public String rubles(long amount) {
        return number(BigDecimal.valueOf(amount), Unit.RUBLES);
    }

    /**
     * A big sum in running text, rounded as a person says it (finding 119): «≈ 1,12 млн ₽» for millions, «≈ 182 000 ₽»
     * to thousands from 100 000 ₽; a round or small sum as it is. The plan's table keeps the exact split.
     */
    String sum(long amount) {
        if (amount >= 1_000_000 && amount % 10_000 != 0) {
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(text.locale());
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return text.get("advice.money.millions", format.format(amount / 1_000_000.0));
        }
        if (amount >= 100_000 && amount % 1_000 != 0) {
            return text.get("advice.money.about", rubles(Math.round(amount / 1_000.0) * 1_000));
        }
        return rubles(amount);
    }

    /** An answer as the client should read it: their words, the translated choice, a number with its unit, the channels. */
    public String answer(AnswerField field, Object value) {
        if (value instanceof Enum<?> choice) {
            return text.label(choice);
        }
        if (value instanceof BigDecimal number && field.isNumber()) {
            Unit unit = field.range().unit();
            // a count per month says "a month" in its question ("Заявок в месяц: 8 000"), not twice
            return unit == Unit.PER_MONTH ? digits(number, unit) : number(number, unit);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::item).collect(Collectors.joining("\n"));
        }
        return value == null ? "" : value.toString();
    }

    private String item(Object item) {
        if (item instanceof ChannelUse use) {
            return text.label(use.channel()) + " — " + text.label(use.outcome());
        }
        if (item instanceof ChannelRequest request) {
            return text.label(request.channel()) + " — " + text.label(request.motive());
        }
        return String.valueOf(item);
    }

    /** " (наше предположение)" after an answer that is only an assumption, " (проверено данными)" after a checked one. */
    public String evidenceMark(Evidence evidence) {
        return switch (evidence == null ? Evidence.CLIENT_SAID : evidence) {
            case CLIENT_SAID -> "";
            case ASSUMPTION -> " (" + text.get("advice.assumption") + ")";
            case CHECKED_WITH_DATA -> " (" + text.get("advice.checked") + ")";
        };
    }

    // --- recommendations and levels

    /**
     * "После: №1 Позиционирование, №3 Сайт…", or {@code null} when it waits for nothing. An assessment
     * kept by older rules names only its condition, which is then shown as it was.
     */
    public String after(Recommendation recommendation, List<Recommendation> all) {
        return after(recommendation, all, null);
    }

    /**
     * As {@link #after(Recommendation, List)}; where the plan starts the step before a step it waits for is done — a test
     * that sells an open booking window starts once the first week's tracking is in place (finding 116) — it says so,
     * with both weeks, rather than «После: №1…» beside «недели 2–11» (finding 123).
     */
    public String after(Recommendation recommendation, List<Recommendation> all, TestPlan plan) {
        PlannedTest line = plan == null ? null : plan.lines().stream()
                .filter(l -> l.channel() == recommendation.channel()).findFirst().orElse(null);
        if (line != null && !recommendation.prerequisites().isEmpty()) {
            List<PlannedTest> running = plan.lines().stream()
                    .filter(l -> recommendation.prerequisites().contains(l.channel())
                            && l.startWeek() + l.weeks() - 1 >= line.startWeek())
                    .toList();
            if (!running.isEmpty()) {
                String steps = running.stream().map(l -> all.stream().filter(r -> r.channel() == l.channel()).findFirst()
                                .map(r -> text.get("advice.step", r.priority(), text.label(l.channel())))
                                .orElse(text.label(l.channel())) + " " + text.get("advice.after.weeks", l.startWeek(),
                                l.startWeek() + l.weeks() - 1))
                        .collect(Collectors.joining(", "));
                return text.get("advice.after.alongside", line.startWeek(), steps);
            }
        }
        if (recommendation.prerequisites().isEmpty()) {
            return recommendation.condition().map(text::label).orElse(null);
        }
        String steps = recommendation.prerequisites().stream()
                .map(channel -> all.stream().filter(r -> r.channel() == channel).findFirst()
                        .map(r -> text.get("advice.step", r.priority(), text.label(channel)))
                        .orElse(text.label(channel)))
                .collect(Collectors.joining(", "));
        return text.get("advice.after", steps);
    }

    /** "Сначала проверить: …", or {@code null} when it rests on no assumption. */
    public String verify(Recommendation recommendation) {
        if (recommendation.verify().isEmpty()) {
            return null;
        }
        return text.get("advice.verify", recommendation.verify().stream()
                .map(field -> text.get("field." + field.name() + ".label")).collect(Collectors.joining(", ")));
    }

    /** "Наши предположения: Каналы и их результат", or {@code null} when the client said or data showed all of it. */
    public String assumptions(LevelAssessment level) {
        List<String> assumed = level.known().stream().filter(fact -> fact.evidence() == Evidence.ASSUMPTION)
                .map(fact -> text.get("field." + fact.field().name() + ".label")).toList();
        return assumed.isEmpty() ? null : text.get("advice.assumptions", String.join(", ", assumed));
    }

    /** "Готовность не выше 50 %: УТП размыто", or {@code null} when nothing holds the level down. */
    public String caps(LevelAssessment level) {
        if (level.caps().isEmpty()) {
            return null;
        }
        int limit = level.caps().stream().mapToInt(Cap::limit).min().orElse(100);
        return text.get("advice.caps", limit,
                level.caps().stream().map(cap -> text.label(cap.reason())).collect(Collectors.joining("; ")));
    }

    // --- verdicts

    /** "Да: шаг 3 плана", "Позже: шаг 9, после позиционирования", "Не сейчас". */
    public String verdictHeading(Verdict verdict) {
        if (verdict.kind() == VerdictKind.NOT_NOW && verdict.reason() == VerdictReason.DRAINS_BUDGET
                && !verdict.figures().isEmpty()) {
            // the client's main source, draining: the plan keeps it under a cap, so the heading says so (finding 103)
            return text.get("advice.verdict.DRAINS_BUDGET.capped", figure(verdict.figures().get(0)));
        }
        if (verdict.kind() == VerdictKind.NOT_NOW) {
            return text.get("advice.verdict.NOT_NOW");
        }
        if (verdict.reason() == VerdictReason.MOVES_TO_NEW_PLACE && !verdict.figures().isEmpty()) {
            // the week the plan line starts around the new address, quoted from the line (finding 155)
            return text.get("advice.verdict.MOVES_TO_NEW_PLACE", verdict.priority(),
                    verdict.figures().get(0).value().intValue());
        }
        String condition = verdict.condition() == null ? "" : lowerFirst(text.label(verdict.condition()));
        return text.get("advice.verdict." + verdict.reason().name(), verdict.priority(), condition);
    }

    /** "Вы просили: есть у конкурентов", or {@code null} for work the client did not ask about. */
    public String verdictAsked(Verdict verdict) {
        return verdict.requested() ? text.get("advice.verdict.asked", text.label(verdict.motive())) : null;
    }

    /** Why: the sentence of the rule that weighs most in its favour, or the reason it does not fit. */
    public String verdictWhy(Verdict verdict) {
        return why(verdictReason(verdict));
    }

    /** "Почему: этот инструмент…": a sentence after a colon goes on in lower case. */
    public String why(String reason) {
        return text.get("advice.verdict.why", afterLabel(reason));
    }

    /** The reason alone, without "Why:", so that a brief can print one sentence once. */
    public String verdictReason(Verdict verdict) {
        if (!verdict.figures().isEmpty() && verdict.condition() != null
                && text.has("verdict.why." + verdict.reason().name() + "." + verdict.condition().name())) {
            // the same numbers, for a channel that also waits for what it lands on (a site that takes enquiries)
            return text.get("verdict.why." + verdict.reason().name() + "." + verdict.condition().name(), figures(verdict));
        }
        if (!verdict.figures().isEmpty() && text.has("verdict.why." + verdict.reason().name())) {
            // a reason that quotes the client's numbers: what a client costs and brings, what one unit costs
            return text.get(commission(verdict, "verdict.why." + verdict.reason().name()), figures(verdict));
        }
        return verdict.rule() != null && text.has("rule." + verdict.rule()) ? text.get("rule." + verdict.rule())
                : text.label(verdict.reason());
    }

    /**
     * The key of a verdict's sentence for a platform paid a commission on every order (finding 142), where the reason
     * has one: the commission set against the margin, not what a customer is worth over all their orders.
     */
    private String commission(Verdict verdict, String key) {
        return verdict.channel() != null && verdict.channel().chargesPerOrder() && text.has(key + ".commission")
                ? key + ".commission" : key;
    }

    /** The verdict's figures as printed; for a unit too dear, then how many times the budget must grow. */
    private Object[] figures(Verdict verdict) {
        List<Object> printed = new ArrayList<>(verdict.figures().stream().map(this::figure).toList());
        if (verdict.reason() == VerdictReason.ONE_UNIT_TOO_DEAR && verdict.figures().size() >= 3) {
            double ratio = verdict.figures().get(2).value().doubleValue() / verdict.figures().get(1).value().doubleValue();
            long times = Math.max(2, (long) Math.ceil(ratio));
            boolean few = times % 10 >= 2 && times % 10 <= 4 && (times % 100 < 12 || times % 100 > 14);
            printed.add(text.get(few ? "verdict.times.few" : "verdict.times.many", times));
        }
        return printed.toArray();
    }

    /**
     * What would change the answer, or {@code null} when the answer is yes — or "later", whose heading
     * already names the step and what it waits for ("Позже: шаг 7, после того как…").
     */
    public String verdictChange(Verdict verdict) {
        if (verdict.kind() == VerdictKind.RECOMMENDED || verdict.reason() == VerdictReason.IN_PLAN
                || verdict.reason() == VerdictReason.WAITS_FOR_PREREQUISITE) {
            return null;
        }
        String conditioned = verdict.condition() == null ? null
                : "verdict.change.figures." + verdict.reason().name() + "." + verdict.condition().name();
        if (!verdict.figures().isEmpty() && conditioned != null && text.has(conditioned)) {
            return text.get("advice.verdict.change", afterLabel(text.get(conditioned, figures(verdict))));
        }
        String change = !verdict.figures().isEmpty() && text.has("verdict.change.figures." + verdict.reason().name())
                ? text.get(commission(verdict, "verdict.change.figures." + verdict.reason().name()), figures(verdict))
                : text.get("verdict.change." + verdict.reason().name());
        return text.get("advice.verdict.change", afterLabel(change));
    }

    /**
     * A sentence printed after a label and its colon ("Почему: …"): in lower case, and its own first colon
     * becomes a dash, so that the line does not read "Почему: сейчас не сезон: платный тест…".
     */
    static String afterLabel(String sentence) {
        String lower = lowerFirst(sentence);
        int colon = lower.indexOf(": ");
        int end = lower.indexOf(". ");
        return colon < 0 || end >= 0 && end < colon ? lower : lower.substring(0, colon) + " — " + lower.substring(colon + 2);
    }

    // --- the test plan

    public String planTitle(TestPlan plan) {
        return text.get("advice.plan.title", plan.months());
    }

    /** The budget, where its figure comes from, and how it is split. */
    public List<String> planIntro(TestPlan plan) {
        return planIntro(plan, null);
    }

    /**
     * As {@link #planIntro(TestPlan)}, with the client's answers: where the plan moves a platform's money to the own
     * sources and the goal note gives their orders, the step-down's thresholds are those orders (finding 138).
     */
    public List<String> planIntro(TestPlan plan, Answers answers) {
        // the budget's own months; what an open booking window borrows from the months after it is said apart (114)
        String budget = text.get("advice.plan.budget", rubles(plan.monthlyBudget()), rubles(plan.monthlyBudget() * plan.months()),
                plan.months());
        List<String> intro = new ArrayList<>();
        intro.add(budget);
        if (plan.fromBand()) {
            intro.add(text.get("advice.plan.fromBand", rubles(plan.monthlyBudget())));
        }
        // "the rest is the reserve" only where there is a reserve (finding 72)
        BookingWindow window = plan.bookingWindow();
        if (window != null) {
            // while the season is being sold, the selling lines' money and their go-on and stop per booking follow the
            // window, not a quarter above today's cost (finding 105)
            // the window's figures are for the money added for the season; a booking on average is held to today's
            // figure and a quarter more (finding 114)
            // a booking of a months-long deal is not seen inside the window: the added money is read on the enquiry (123)
            String split = (plan.reserve() > 0 ? "advice.plan.split.bookingWindow.added" : "advice.plan.split.bookingWindow.added.noReserve")
                    + (window.readsEnquiries() ? ".enquiry" : "");
            intro.add(text.get(split, plan.parallelTests(), month(window.from()), month(window.to()), window.lastWeek(),
                    figure(window.goOn()), figure(window.stop()), window.readsEnquiries() ? figure(window.enquiryGoOn()) : "",
                    window.readsEnquiries() ? figure(window.enquiryStop()) : "",
                    window.readsEnquiries() ? figure(window.conversion()) : ""));
            if (window.borrowed() > 0) {
                intro.add(borrowingOffer(plan));
            }
        } else {
            // one or two deals a month: the channels are read on the pipeline, not on a cost per client (findings 81, 102)
            String split = plan.reserve() > 0 ? "advice.plan.split" : "advice.plan.split.noReserve";
            intro.add(text.get(readsPipeline(plan) ? split + ".pipeline" : split, plan.parallelTests()));
            if (opensANewPlace(plan)) {
                // the weeks before a dated opening are one block: the list from the base now, the neighbours and the street
                // around the new address in the last weeks before it (finding 90: 41)
                int list = plan.lines().stream().filter(line -> line.channel() == Channel.CRM_MARKETING
                        && line.kpi() == Kpi.PRE_SALES).mapToInt(PlannedTest::startWeek).min().orElse(1);
                int block = plan.lines().stream().filter(line -> line.kind() == PlannedTest.Kind.TEST
                        && line.channel() != Channel.CRM_MARKETING && line.kpi() == Kpi.PRE_SALES)
                        .mapToInt(PlannedTest::startWeek).min().orElse(0);
                // ... each week read from its line: partners and the street apart where they start apart (156)
                int partners = blockStart(plan, Channel.PARTNER_MARKETING);
                int street = blockStart(plan, Channel.OFFLINE_ADS);
                boolean apart = partners > 0 && street > 0 && partners != street;
                // ... and a block that waits past the New Year holidays says so (156)
                String holidays = !apart && block > 0 && DatedOpening.firstAfterHolidays(answers, block) ? ".holidays" : "";
                // ... said with the month the client named, not only the block's weeks (w13az: «март»)
                java.time.Month opens = answers == null ? null : DatedOpening.month(answers);
                if (opens != null) {
                    String in = text.get("advice.plan.opening.in." + opens.name());
                    intro.add(apart ? text.get("advice.plan.opening.month.apart", in, list, partners, street)
                            : block > 0 ? text.get("advice.plan.opening.month" + holidays, in, list, block)
                            : text.get("advice.plan.opening.month.listOnly", in, list));
                } else {
                    intro.add(apart ? text.get("advice.plan.opening.apart", list, partners, street)
                            : block > 0 ? text.get("advice.plan.opening" + holidays, list, block)
                            : text.get("advice.plan.opening.listOnly", list));
                }
            }
            if (readsPipeline(plan) && startsPipeline(plan)) {
                // ... and the money starts that pipeline now, not a reserve kept because the deal is long (finding 81: 40)
                // the past customers' base read on its meetings is named first: the fastest pipeline of a committee sale (144)
                intro.add(text.get(plan.lines().stream().anyMatch(line -> line.channel() == Channel.CRM_MARKETING
                        && line.kpi() == Kpi.PIPELINE_FROM_CHANNEL) ? "advice.plan.pipeline.started.base"
                        : "advice.plan.pipeline.started"));
            }
        }
        if (shrunk(plan)) {
            // a budget too small for every piece of work's usual cost shrinks them alike: the intro does not say each
            // gets its usual cost beside lines that plainly get less (finding 139c)
            intro.replaceAll(line -> line.replace(text.get("advice.plan.split.usual"), text.get("advice.plan.split.usual.short")));
        }
        // "at most N new tests at once" is followed by what the other label means, where the plan has lines of both (134)
        String improvements = planImprovements(plan);
        if (improvements != null) {
            int split = intro.size() - (window != null && window.borrowed() > 0 ? 2 : 1);
            intro.set(split, afterFirstSentence(intro.get(split), improvements));
        }
        String today = planToday(plan, answers);
        if (today != null && shrunk(plan)) {
            // ... nor that the channels run today get theirs: they shrink with the rest
            today = today.replace(text.get("advice.plan.today.unknown"), text.get("advice.plan.today.unknown.short"));
        }
        if (today != null) {
            intro.add(today);
        }
        PlannedTest lever = SlowTests.heldTo(answers, plan);
        if (lever != null) {
            // a committee whose deals come through people: the slow test gets less than the lever that brings the deals,
            // and the brief names that lever (137, 163: 35)
            PlannedTest slow = SlowTests.slowLine(plan);
            // ... and where its money buys only pages, says so, as its row does (finding 179)
            intro.add(text.get("advice.plan.slowHeld" + pages(plan, slow), text.label(lever.channel()), rubles(lever.rubles()),
                    rubles(slow.rubles()), SlowTests.lastWeekInPlan(plan, slow)));
        }
        PlannedTest people = lever == null ? SlowTests.heldToPeople(answers, plan) : null;
        if (people != null) {
            // a committee's buyers are reached faster by people: the slow test gets no more than the largest such line (166)
            PlannedTest slow = SlowTests.slowLine(plan);
            intro.add(text.get("advice.plan.slowHeld.people" + pages(plan, slow), text.label(people.channel()),
                    rubles(slow.rubles()), SlowTests.lastWeekInPlan(plan, slow)));
        }
        if (plan.averageCost() != null) {
            // each channel's figure is recorded when the plan's tracking works, not "before the start" (finding 118)
            int tracking = trackingWeek(plan);
            intro.add(tracking > 0 ? text.get("advice.plan.today.average.tracking", figure(plan.averageCost()), tracking)
                    : text.get("advice.plan.today.average", figure(plan.averageCost())));
        }
        return List.copyOf(intro);
    }

    /**
     * Whether the plan's budget is too small for every piece of work's usual cost, so that they shrink alike (finding
     * 139c): a preparation step — never capped nor stretched by another rule — gets less than its usual cost over its
     * weeks in the plan.
     */
    static boolean shrunk(TestPlan plan) {
        return plan.lines().stream().anyMatch(line -> line.kind() == PlannedTest.Kind.PREPARE && line.rubles() > 0
                && line.rubles() < 0.99 * line.channel().testBudget()
                        * (Math.min(line.startWeek() + line.weeks() - 1, plan.weeks()) - line.startWeek() + 1)
                        * plan.months() / plan.weeks());
    }

    /**
     * What the label «Улучшение» means, where the plan has lines of both labels (134, 139a): work on what the client
     * already has — the base, the reviews, the map card, the conversion — runs alongside and is not counted among the
     * intro's "at most N new tests at once"; {@code null} in a plan with only one of the labels. Short: a longer sentence
     * pushes the first row of a full plan (72) to the next page and the brief to a fifth.
     */
    private String planImprovements(TestPlan plan) {
        boolean both = plan.lines().stream().anyMatch(line -> line.kind() == PlannedTest.Kind.TEST && !line.newTest())
                && plan.lines().stream().anyMatch(PlannedTest::newTest);
        if (!both) {
            return null;
        }
        // the kinds of own work this plan has, named (139a); a plan with many of them keeps the short sentence, a
        // longer one pushes a full plan's first row to the next page
        List<String> kinds = plan.lines().stream().filter(line -> line.kind() == PlannedTest.Kind.TEST && !line.newTest())
                .map(line -> "advice.plan.improvements.kind." + line.channel().name()).distinct().toList();
        if (kinds.size() <= IMPROVEMENT_KINDS_NAMED && kinds.stream().allMatch(text::has)) {
            List<String> named = kinds.stream().map(text::get).distinct().toList();
            return text.get("advice.plan.improvements.named", String.join(", ", named));
        }
        return text.get("advice.plan.improvements");
    }

    /** At most this many kinds of own work are named in the intro's «Улучшение» sentence (139a). */
    private static final int IMPROVEMENT_KINDS_NAMED = 2;

    /** A sentence put after the first sentence of a text: the split's first sentence ends with the tests at once. */
    private static String afterFirstSentence(String text, String sentence) {
        int end = text.indexOf(". ");
        return end < 0 ? text + " " + sentence : text.substring(0, end + 2) + sentence + text.substring(end + 1);
    }

    /**
     * The money an open booking window borrows from the months after it, offered for the client's consent (finding 122):
     * what the window's weeks spend a month and in all, where the borrowed money goes line by line, what each lending month
     * keeps beside today's spend on the channels, and what the weeks after the window spend — the figures add up to the
     * plan's total.
     */
    String borrowingOffer(TestPlan plan) {
        BookingWindow window = plan.bookingWindow();
        String lines = window.lent().entrySet().stream()
                .map(lent -> text.get("advice.plan.bookingWindow.offer.line", label(lent.getKey()), rubles(lent.getValue())))
                .collect(java.util.stream.Collectors.joining(", "));
        List<String> offer = new ArrayList<>();
        offer.add(text.get("advice.plan.bookingWindow.offer", plan.windowWeeks(), month(window.from()), month(window.to()),
                rubles(plan.windowMonthly()), rubles(plan.monthlyBudget()), rubles(plan.windowSpend()),
                rubles(window.borrowed()), lenders(window), lines));
        long keeps = window.lendersKeep(plan.monthlyBudget());
        offer.add(plan.todaysSpend() > 0 && keeps < plan.todaysSpend()
                ? text.get("advice.plan.bookingWindow.lenders.below", lenders(window), rubles(keeps), rubles(plan.todaysSpend()))
                : text.get("advice.plan.bookingWindow.lenders", lenders(window), rubles(keeps)));
        offer.add(plan.windowWeeks() < plan.weeks() && plan.afterWindowSpend() > 0
                ? text.get("advice.plan.bookingWindow.after", plan.windowWeeks() + 1, plan.weeks(),
                        rubles(plan.afterWindowSpend()), rubles(plan.total()))
                : text.get("advice.plan.bookingWindow.after.none", rubles(plan.total())));
        // the client's future money: their consent is asked at the next meeting, in this paragraph rather than in a list
        // a page further on (finding 122)
        offer.add(text.get("advice.plan.bookingWindow.consent"));
        return String.join(" ", offer);
    }

    /** The months after a booking window that lend it money: «апрель–май», "April–May". */
    public String lenders(BookingWindow window) {
        return window.lendingMonths() > 1 ? month(window.lendsFrom()) + "–" + month(window.lendsTo()) : month(window.lendsFrom());
    }

    /** The selling season on page 1: «Сезон продаж — январь–март: клиенты бронируют за 6–12 месяцев, поэтому…». */
    public String bookingWindow(BookingWindow window) {
        String lead = label(window.lead());
        return text.get("summary.sellingSeason", month(window.from()), month(window.to()),
                isRussian() ? lowerFirst(lead) : lead);
    }

    /** A month mid-sentence: «январь» in Russian, "January" in English. */
    public String month(SeasonMonth month) {
        return isRussian() ? lowerFirst(label(month)) : label(month);
    }

    /**
     * What the channels that bring clients today get, said as it is: today's money kept, or a cut with its
     * reason and both figures, or — without the client's figures — their usual cost; {@code null} when the
     * plan keeps no channel the client runs.
     */
    public String planToday(TestPlan plan) {
        return planToday(plan, null);
    }

    /** As {@link #planToday(TestPlan)}, with the client's answers for the own sources' thresholds (finding 138). */
    public String planToday(TestPlan plan, Answers answers) {
        String today = todaysMoney(plan, answers);
        // a rounded sum after «около»/"about" needs no «≈» of its own (finding 119)
        return today == null ? null : today.replace(text.get("advice.money.around") + " ≈\u00A0",
                text.get("advice.money.around") + " ");
    }

    private String todaysMoney(TestPlan plan, Answers answers) {
        if (plan.spendCut() != null && plan.todaysSpend() > 0) {
            // a draining channel's money is cut, and the brief says where it goes: the reserve, not another channel
            String channel = text.label(plan.spendCut());
            PlannedTest capped = plan.lines().stream().filter(line -> line.channel() == plan.spendCut()).findFirst()
                    .orElse(null);
            if (capped != null) {
                // the client's main source keeps a capped line on what brings payers, not 0 ₽ (finding 98)
                return text.get("advice.plan.today.drained.capped", isRussian() ? channel : lowerFirst(channel),
                        sum(plan.todaysSpend()), sum(plan.monthly(capped)));
            }
            return text.get(plan.keepsChannels() ? "advice.plan.today.drained" : "advice.plan.today.drained.alone",
                    isRussian() ? channel : lowerFirst(channel), sum(plan.todaysSpend()));
        }
        if (!plan.keepsChannels()) {
            return null;
        }
        long today = plan.todaysSpend();
        long kept = plan.keptMonthly();
        PlannedTest platform = OwnSources.platform(plan);
        if (platform != null) {
            // the platform's money of the first month: it steps down a tenth a month after it (finding 125)
            kept = OwnSources.firstMonth(plan.monthly(platform), plan.months());
        }
        if (plan.ownSources() && today > 0 && kept < today) {
            // the platform keeps part of today's money, the own sources get the rest (finding 108c); the orders that
            // money buys are the line's to say, and the tenth that moves each month is a figure (finding 125)
            // ... and the rest is named for what it pays: own sources, the work that measures them, a new channel (125)
            return text.get("advice.plan.today.ownSources.kept", rubles(today), rubles(kept),
                    rubles(roundedMonthly(platform == null ? kept * plan.months() : platform.rubles(), plan.months()))) + " " + ownSourcesRest(plan)
                    + " " + ownSourcesStep(plan, platform, answers, kept);
        }
        if (today <= 0) {
            // the platform that pays by the client's own account is not held at the usual cost (finding 115)
            return plan.payingNow() && plan.payingPlatform() != null
                    ? text.get("advice.plan.today.unknown.platform", text.label(plan.payingPlatform()))
                    : text.get("advice.plan.today.unknown");
        }
        if (plan.todayAboveBudget()) {
            // leads × cost per lead above the whole budget: free leads counted as paid — asked, not "cut" (finding 85);
            // the free channels named are the client's own, not a fixed list (finding 97)
            if (!plan.freeLeads().isEmpty() && plan.freeLeadsHeld()) {
                // the free channels hold the work behind them, asked for; the rest of their share is in the reserve (100)
                return text.get("advice.plan.today.aboveBudget.free.held", sum(today), sum(plan.monthlyBudget()),
                        sum(kept), freeChannels(plan), sum(plan.paidMonthly()));
            }
            return plan.freeLeads().isEmpty()
                    ? text.get("advice.plan.today.aboveBudget", sum(today), sum(plan.monthlyBudget()), sum(kept))
                    : text.get("advice.plan.today.aboveBudget.free", sum(today), sum(plan.monthlyBudget()), sum(kept),
                            freeChannels(plan));
        }
        if (plan.freeLeadsCounted()) {
            // within the budget too, the leads of the client's free channels are no paid spend (finding 96); where the
            // paid lines reach that bound, the brief says they stop there and the rest waits in reserve (finding 101);
            // where the plan keeps less than that figure by the client's own numbers, it says why (w13ab): even with
            // the free leads in it, a client costs more than it brings
            boolean cutByNumbers = kept * 100 < today * 98 && !plan.budgetBelowToday();
            String key = plan.paidMonthly() * 100 >= today * 98 ? "advice.plan.today.freeLeads.bound"
                    : cutByNumbers ? "advice.plan.today.freeLeads.costly"
                    : plan.freeLeadsHeld() ? "advice.plan.today.freeLeads.held" : "advice.plan.today.freeLeads";
            return text.get(key, sum(today), freeChannels(plan), sum(kept), sum(plan.paidMonthly()));
        }
        PlannedTest owner = plan.ownerLine();
        if (owner != null && plan.monthly(owner) * 100 >= today * 98) {
            // the figures are one channel's own: it keeps them, the others keep their usual cost until the client says
            String channel = text.label(owner.channel());
            return text.get("advice.plan.today.owner", isRussian() ? channel : lowerFirst(channel), sum(today));
        }
        if (kept * 100 >= today * 98) {
            return text.get("advice.plan.today.kept", sum(today), sum(kept));
        }
        List<PlannedTest> todays = plan.lines().stream()
                .filter(line -> line.kind().keeps() && line.channel().group() == Channel.Group.ACQUISITION).toList();
        PlannedTest margin = plan.lines().stream().filter(AdviceText::losesOnEverySale).findFirst().orElse(null);
        if (margin != null && !todays.isEmpty() && todays.stream().allMatch(plan::endsEarly)) {
            int noMarginEnds = todays.stream().mapToInt(line -> line.startWeek() + line.weeks() - 1).max().orElseThrow();
            // a sale that earns nothing: today's channels keep their money only until the margin work's first reading
            // (finding 87: 60), the intro says so — not "while we fix that" for the whole quarter — with the margin
            // the lines' stop names
            return margin.target() != null
                    ? text.get("advice.plan.today.cut.noMargin.target", sum(today), sum(kept), noMarginEnds,
                            figure(margin.target()))
                    : text.get("advice.plan.today.cut.noMargin", sum(today), sum(kept), noMarginEnds);
        }
        // a kept channel whose client costs more than it brings is cut for the loss, whatever the budget: "only with a
        // bigger budget" would promise the loss its money back (finding 124: 34)
        boolean loss = plan.lines().stream().anyMatch(line -> line.kind().keeps() && FallingStop.applies(line));
        return text.get(plan.budgetBelowToday() && !loss ? "advice.plan.today.cut.budget" : "advice.plan.today.cut.numbers",
                sum(today), sum(kept));
    }

    /**
     * The tenth of the platform's money that moves to the own sources each month, and when: where the goal note gives the
     * own sources' orders today and in the plan's last month, at those orders month by month — «Свои источники: сейчас ≈ 30
     * заказов в месяц; 7 500 ₽ переходят к ним, если во 2-м месяце их ≥ 65, в 3-м — ≥ 100» (finding 138: not "their
     * go-on", which each line reads as «заявки каждый месяц»); otherwise at their go-on.
     */
    private String ownSourcesStep(TestPlan plan, PlannedTest platform, Answers answers, long kept) {
        OwnSources.Goal goal = platform == null || answers == null ? null : OwnSources.goal(plan, platform, answers);
        if (goal == null || !goal.volumeKnown() || goal.thresholds().length == 0) {
            return text.get("advice.plan.today.ownSources.step", rubles(OwnSources.step(kept)),
                    rubles(OwnSources.lastMonth(kept, plan.months())), plan.months());
        }
        long[] thresholds = goal.thresholds();
        List<String> months = new ArrayList<>();
        for (int i = 0; i < thresholds.length; i++) {
            int month = i + 2;
            String key = "advice.plan.today.ownSources.threshold." + (i == 0 ? "first" : "next");
            months.add(text.has(key + "." + month) ? text.get(key + "." + month, month, count(thresholds[i]))
                    : text.get(key, month, count(thresholds[i])));
        }
        return text.get("advice.plan.today.ownSources.step.orders", count(goal.ownToday()), rubles(OwnSources.step(kept)),
                String.join(", ", months), plan.months(), rubles(OwnSources.lastMonth(kept, plan.months())));
    }

    /** The client's channels whose leads are free, as a list: «SEO и контент», «Email-маркетинг». */
    public String freeChannels(TestPlan plan) {
        return String.join(", ", plan.freeLeads().stream().map(channel -> isRussian() ? "«" + text.label(channel) + "»"
                : lowerFirst(text.label(channel))).toList());
    }

    /**
     * A line's weeks in the plan: the plan pays for its own weeks only, so a line that runs on past the last of them prints
     * its weeks inside it (adv13t: «недели 9–20» in a 13-week plan); its row says what comes next quarter.
     */
    public String planWhen(TestPlan plan, PlannedTest line) {
        return text.get("advice.plan.weeks", line.startWeek(), Math.min(line.startWeek() + line.weeks() - 1, plan.weeks()));
    }

    public String planShare(PlannedTest line) {
        // money that is there is never shown as nothing: a sliver under half a percent reads «< 1 %» (finding 134)
        return line.percent() == 0 && line.rubles() > 0 ? text.get("advice.plan.money.sliver", rubles(line.rubles()))
                : text.get("advice.plan.money", rubles(line.rubles()), line.percent());
    }

    /**
     * What a channel run today costs a month, under its share: the client's figure where it is this channel's own,
     * "tell us the figure" where the client's spend is another channel's or an average; {@code null} for other lines.
     */
    public String planTodayOf(PlannedTest line) {
        if (line.today() == null) {
            return null;
        }
        return line.today() > 0 ? text.get("advice.plan.line.today", rubles(line.today()))
                : text.get("advice.plan.line.today.ask");
    }

    public String planBaseline(PlannedTest line) {
        return planBaseline(line, 0);
    }

    /**
     * The baseline of a line of this plan: a figure that can only be recorded once the plan's tracking works says so.
     * A one-off records no figure and its target cell says the week it is done: none (finding 195).
     */
    public String planBaseline(TestPlan plan, PlannedTest line) {
        if (SlowTests.pagesOnly(plan, line)) {
            return null;
        }
        if (line.baseline() == null && line.kpi() == Kpi.PRE_SALES && opensANewPlace(plan)) {
            // the sign-ups for a place not open yet start from nothing: there is no figure to record before the start
            return text.get("advice.plan.baseline.notOpenYet");
        }
        return planBaseline(line, trackingWeek(plan));
    }

    private String planBaseline(PlannedTest line, int trackingWeek) {
        if (MapCard.creates(line)) {
            // a card the client does not have has no calls or routes to record: it starts from nothing (finding 157)
            return text.get("advice.plan.baseline.noCard");
        }
        if (MapCard.improves(line) && line.baseline() == null) {
            // the client's own card keeps its calls and routes in its cabinet: last month's are read before the work
            // changes them, not once the site's tracking works (finding 151)
            return text.get("advice.plan.baseline.mapCabinet");
        }
        if (line.baseline() != null) {
            return text.get("advice.plan.baseline", figure(line.baseline()));
        }
        // the tracking week is for the figures of what runs today: a new test's own figure is recorded in its first
        // weeks, and preparation done before the tracking works has none to record (finding 127)
        if (line.kind() == PlannedTest.Kind.TEST && line.kpi().ownToANewChannel()) {
            // an enquiry's cost or the first contacts' meetings are read in its first weeks; a client's cost is counted
            // from its first week on, as its sales come
            return text.get(line.kpi() == Kpi.COST_PER_ACQUISITION ? "advice.plan.baseline.record.test.sales"
                    : "advice.plan.baseline.record.test");
        }
        if (line.kind() == PlannedTest.Kind.PREPARE && line.startWeek() + line.weeks() - 1 < trackingWeek) {
            return text.get("advice.plan.baseline.none");
        }
        // the tracking line itself is measured from the start; every other figure needs it (finding 118)
        return trackingWeek > 0 && line.channel() != Channel.ANALYTICS_SETUP
                ? text.get("advice.plan.baseline.record.tracking", trackingWeek) : text.get("advice.plan.baseline.record");
    }

    /**
     * The week the plan's own tracking is ready (its analytics line is done), 0 where the plan has none: a channel's
     * own figure cannot be "recorded before the start" while the source of most enquiries is unknown (finding 118).
     */
    static int trackingWeek(TestPlan plan) {
        return plan.lines().stream()
                .filter(l -> l.channel() == Channel.ANALYTICS_SETUP && l.kind() == PlannedTest.Kind.PREPARE)
                .mapToInt(l -> l.startWeek() + l.weeks() - 1).min().orElse(0);
    }

    /**
     * The target and the stop/go threshold of a line of this plan, with what its money buys where a programme does
     * the work ({@link PlanBars}).
     */
    public String planDecision(TestPlan plan, PlannedTest line, List<Recommendation> recommendations) {
        return bars.planDecision(plan, line, recommendations);
    }

    /** The target and the stop/go threshold: with figures where the client's numbers give them, in words otherwise. */
    public String planDecision(PlannedTest line) {
        return bars.planDecision(line);
    }

    /** Whether a line's row asks a number at the next meeting ({@link PlanBars#question}). */
    public boolean asksBar(TestPlan plan, PlannedTest line, List<Recommendation> recommendations) {
        return question(plan, line, recommendations) != null;
    }

    /** The question a line's row leaves to the next meeting, or null ({@link PlanBars#question}). */
    public String question(TestPlan plan, PlannedTest line, List<Recommendation> recommendations) {
        return bars.question(plan, line, recommendations);
    }

    /**
     * What the money the platform gives up pays for, each part with the lines it goes to and its money a month on
     * average over the plan (finding 125: «на свои источники заказов и на работу, которая их измеряет» while a new
     * channel took its share too): the own sources, the measuring and conversion work, new channels, the reserve.
     */
    private String ownSourcesRest(TestPlan plan) {
        List<String> parts = new ArrayList<>();
        for (RestPart part : RestPart.values()) {
            List<PlannedTest> lines = plan.lines().stream().filter(line -> line.channel() != Channel.MARKETPLACES
                    && line.rubles() > 0 && part.holds(line.channel())).toList();
            if (!lines.isEmpty()) {
                parts.add(text.get("advice.plan.today.ownSources.rest." + part.name(), String.join(", ", lines.stream()
                        .map(line -> lowerFirst(text.title(line.channel(), line.kpi()))).toList()),
                        rubles(roundedMonthly(lines.stream().mapToLong(PlannedTest::rubles).sum(), plan.months()))));
            }
        }
        if (plan.reserve() > 0) {
            parts.add(text.get("advice.plan.today.ownSources.rest.reserve", rubles(roundedMonthly(plan.reserve(), plan.months()))));
        }
        return text.get("advice.plan.today.ownSources.rest", String.join("; ", parts));
    }

    /** A period's money as a month's on average, to hundreds: the parts of a sentence that add up to the budget. */
    private static long roundedMonthly(long overPlan, int months) {
        return Math.round(overPlan / (double) Math.max(1, months) / 100) * 100;
    }

    /** The parts the platform's money given up goes to, in the order the sentence names them. */
    private enum RestPart {
        OWN, MEASURING, NEW;

        boolean holds(Channel channel) {
            boolean own = OwnSources.ownSource(channel);
            boolean measuring = !own && channel.group() != Channel.Group.ACQUISITION;
            return this == OWN ? own : this == MEASURING ? measuring : !own && !measuring;
        }
    }

    /**
     * The client's goal to depend less on one platform as orders a month, beneath the goal on page 1 (findings 91, 128):
     * the volume today and the own sources' part of it, where the client names the platform's share; what the own
     * sources bring at the share the goal names, against what they bring today; and what they bring by the plan's last
     * month so that the volume does not fall; {@code null} where the plan moves no money off a platform or has no cost
     * per customer.
     */
    public String ownSourcesGoal(TestPlan plan, Answers answers) {
        PlannedTest platform = OwnSources.platform(plan);
        OwnSources.Goal goal = platform == null || answers == null ? null : OwnSources.goal(plan, platform, answers);
        if (goal == null) {
            return null;
        }
        if (!goal.volumeKnown()) {
            // the volume is not invented: the own sources are read on the orders they add
            return text.get("advice.plan.ownSources.goal.today", count(goal.today())) + " "
                    + text.get("advice.plan.ownSources.goal.monthAdded", goal.month(), rubles(goal.money()),
                            count(goal.bought()), count(goal.addedByMonth()));
        }
        String share = goal.share() <= 0 ? ""
                : " " + text.get("advice.plan.ownSources.goal.shareFromToday", goal.share(), count(goal.ownAtGoal()),
                        count(goal.ownAtGoal() - goal.ownToday()));
        return text.get("advice.plan.ownSources.goal.volume", count(goal.volume()), count(goal.today()),
                count(goal.ownToday())) + share + " "
                + text.get("advice.plan.ownSources.goal.monthOnTop", goal.month(), rubles(goal.money()),
                        count(goal.bought()), count(goal.ownByMonth()), count(goal.addedByMonth()), count(goal.ownToday()));
    }

    /** The KPI a step prints, on page 1 and in the recommendations: its plan row's ({@link TestPlan#kpiOf}). */
    public static Kpi stepKpi(Recommendation recommendation, TestPlan plan) {
        return plan == null ? recommendation.kpi() : plan.kpiOf(recommendation);
    }

    /** A count in running text, grouped as the language groups it. */
    String count(long value) {
        return digits(BigDecimal.valueOf(value), Unit.PER_MONTH);
    }

    /** A margin-per-sale line that starts from 0 ₽ or below: every sale loses money today. */
    static boolean losesOnEverySale(PlannedTest line) {
        return line.kpi() == Kpi.MARGIN_PER_SALE && line.baseline() != null && line.baseline().value().signum() <= 0;
    }

    /**
     * «Shares are rounded to whole percent», where the printed shares — every line's and the reserve's, each its own
     * nearest percent — do not add up to 100 (finding 170); {@code null} where they do.
     */
    public String planRounded(TestPlan plan) {
        int printed = plan.lines().stream().mapToInt(PlannedTest::percent).sum() + (plan.reserve() > 0 ? plan.reservePercent() : 0);
        return plan.lines().isEmpty() || printed == 100 ? null : text.get("advice.plan.rounded");
    }

    /**
     * The reserve held back until a test passes its go threshold, or {@code null} when there is none; where the plan
     * names a line with the first call on it — the channel that pays today, as soon as it reaches its go-on figure
     * (finding 108) — that, instead of "more money would speed up no line above", which is not so while that channel
     * could take more.
     */
    public String planReserve(Assessment assessment) {
        return reserveReasons.planReserve(assessment.testPlan(), assessment.summary());
    }

    /**
     * Why the direct sales cost so much — one person who makes the calls where the client's salespeople are busy — under
     * the plan, not beside the row's bar (finding 189); {@code null} where it does not apply.
     */
    public String planStaffing(TestPlan plan, List<Recommendation> recommendations) {
        return bars.staffing(plan, recommendations);
    }

    /** As {@link #planReserve(Assessment)}, for a plan alone: its approach unknown, it is not told at capacity. */
    public String planReserve(TestPlan plan) {
        return reserveReasons.planReserve(plan, null);
    }

    /** The start week of a dated opening's block line of this channel, or {@code 0}. */
    private static int blockStart(TestPlan plan, Channel channel) {
        return plan.lines().stream().filter(line -> line.channel() == channel && line.kind() == PlannedTest.Kind.TEST
                && line.kpi() == Kpi.PRE_SALES).mapToInt(PlannedTest::startWeek).min().orElse(0);
    }

    /** Whether the plan has the waiting list of a new place from the client's base: the block before a dated opening. */
    static boolean opensANewPlace(TestPlan plan) {
        return plan.lines().stream().anyMatch(line -> line.channel() == Channel.CRM_MARKETING && line.kpi() == Kpi.PRE_SALES);
    }

    /** A share of the budget from which the direct sales or the warming are said to start the pipeline now. */
    static final int PIPELINE_STARTED_PERCENT = 10;

    /** Whether the direct sales or the warming of a long deal get a real share of the money, not a catalogue price. */
    private static boolean startsPipeline(TestPlan plan) {
        // ... together with the past customers' base read on its meetings (finding 144): the lines share the money now
        return plan.lines().stream().filter(line -> line.channel() == Channel.COLD_OUTREACH
                || line.channel() == Channel.LEAD_NURTURING
                || line.channel() == Channel.CRM_MARKETING && line.kpi() == Kpi.PIPELINE_FROM_CHANNEL)
                .mapToInt(PlannedTest::percent).sum() >= PIPELINE_STARTED_PERCENT;
    }

    /** Whether the plan reads its channels on the pipeline they bring, a deal being too rare to read its cost. */
    static boolean readsPipeline(TestPlan plan) {
        return plan.lines().stream().anyMatch(line -> line.kpi() == Kpi.PIPELINE_FROM_CHANNEL);
    }

    /** "No money goes into search while there is no site", when a kept search line gets nothing; else {@code null}. */
    public String planSiteFirst(TestPlan plan) {
        boolean held = plan.lines().stream().anyMatch(line -> line.kind().keeps() && line.rubles() == 0
                && (line.channel() == Channel.SEO_CONTENT
                        || line.channel() == Channel.CONTEXTUAL_ADS));
        return held ? text.get("advice.plan.siteFirst") : null;
    }

    /**
     * "Дальше, когда…: SEO, контекстная реклама.", or {@code null} when nothing waits; then the tests moved out of the
     * plan's last weeks, with the work each waits for (finding 94): «Дальше, за пределами этих 3 месяцев, — после
     * того как каналы и обработка заявок измерены и исправлены: SMM.»
     */
    public String planWaiting(TestPlan plan, List<Recommendation> recommendations) {
        return planWaiting(plan, recommendations, List.of());
    }

    /**
     * As {@link #planWaiting(TestPlan, List)}, with the answers to the client's requests: a requested channel held until
     * a site takes enquiries, where no line of the plan builds one, names the site as the next step (finding 152: «…
     * после сайта, который их принимает», and no line built it).
     */
    public String planWaiting(TestPlan plan, List<Recommendation> recommendations, List<Verdict> verdicts) {
        List<String> sentences = new ArrayList<>();
        if (!plan.waiting().isEmpty()) {
            sentences.add(text.get("advice.plan.waiting", channels(plan.waiting())));
        }
        Map<Optional<Condition>, List<Channel>> later = new LinkedHashMap<>();
        for (Channel channel : plan.later()) {
            Optional<Condition> condition = recommendations.stream().filter(r -> r.channel() == channel).findFirst()
                    .flatMap(Recommendation::condition);
            later.computeIfAbsent(condition, c -> new ArrayList<>()).add(channel);
        }
        later.forEach((condition, channels) -> sentences.add(condition.isEmpty()
                ? text.get("advice.plan.later", plan.months(), channels(channels))
                : text.get("advice.plan.later.after", plan.months(), lowerFirst(text.label(condition.get())),
                        channels(channels))));
        List<Channel> afterSite = verdicts.stream().filter(v -> v.requested() && v.kind() != VerdictKind.RECOMMENDED
                && v.condition() == Condition.AFTER_WEBSITE && !plan.later().contains(v.channel())
                && plan.lines().stream().noneMatch(line -> line.channel() == v.channel())).map(Verdict::channel).toList();
        boolean siteBuilt = plan.lines().stream().anyMatch(line -> line.channel() == Channel.WEBSITE)
                || plan.later().contains(Channel.WEBSITE) || plan.waiting().contains(Channel.WEBSITE);
        if (!afterSite.isEmpty() && !siteBuilt) {
            sentences.add(text.get("advice.plan.later.site", plan.months(), channels(afterSite)));
        }
        return sentences.isEmpty() ? null : String.join(" ", sentences);
    }

    private String channels(List<Channel> channels) {
        return channels.stream().map(text::label).map(AdviceText::lowerFirst).collect(Collectors.joining(", "));
    }

    // --- what changed since the previous brief

    /** "What changed since the brief of 1 December 2026". */
    public String changesTitle(BriefChanges changes) {
        return text.get("brief.changes.title", text.date(changes.since()));
    }

    /** "New: SMM, step 4", "No longer recommended: …", "Moved up: Positioning, step 5 → 2". */
    public String change(BriefChanges.Change change) {
        return text.get("brief.changes." + change.kind().name(), text.label(change.channel()), change.before(),
                change.after());
    }

    /** The answers that caused a change, or why it changed when no answer behind it did. */
    public String changeCause(BriefChanges changes, BriefChanges.Change change) {
        if (!change.causes().isEmpty()) {
            return text.get("brief.changes.causes", change.causes().stream()
                    .map(field -> text.get("field." + field.name() + ".label")).collect(Collectors.joining(", ")));
        }
        return changes.rulesChanged() ? text.get("brief.changes.rules", changes.rulesBefore(), changes.rulesNow())
                : text.get("brief.changes.others");
    }

    /** "The recommendations are as in the brief of …", for a brief that changed nothing. */
    public String noChanges(BriefChanges changes) {
        return text.get("brief.changes.none", text.date(changes.since()));
    }

    /** "Market analysis" reads "market analysis" mid-sentence; "SEO and content" and "SMM" stay as they are. */
    static String lowerFirst(String label) {
        // a one-letter word too ("К вам заходят…" → "к вам заходят…"), but not the English "I" nor an acronym
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && (Character.isLowerCase(label.charAt(1))
                || label.charAt(1) == ' ' && label.charAt(0) != 'I')) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }
}
