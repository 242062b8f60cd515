package com.discoverybrief.brief;

import static com.discoverybrief.brief.AdviceText.lowerFirst;
import static com.discoverybrief.brief.AdviceText.trackingWeek;
import static com.discoverybrief.brief.AdviceText.losesOnEverySale;
import static com.discoverybrief.brief.AdviceText.opensANewPlace;

import com.discoverybrief.strategy.BookingWindow;
import com.discoverybrief.strategy.DatedOpening;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.FallingStop;
import com.discoverybrief.strategy.Horizon;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.MapCard;
import com.discoverybrief.strategy.Milestone;
import com.discoverybrief.strategy.OwnFigure;
import com.discoverybrief.strategy.OwnSources;
import com.discoverybrief.strategy.PlannedTest;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.SlowTests;
import com.discoverybrief.strategy.TestPlan;
import com.discoverybrief.strategy.Unit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The go-on and stop bars of the plan's lines, as {@link AdviceText} prints them: a line's target and stop/go threshold
 * in words or with the client's figures, the numeric N bar asked at the meeting, the checkpoint of a line decided at the
 * next quarter's review, a new place's sign-ups, a map card, and the programmes that say what their money buys.
 */
final class PlanBars {

    /** The reason id the engine gives direct sales whose sellers the client says are busy (finding 113). */
    static final String SELLER_RULE = "direct-sales-seller";
    /** The reason id the engine gives a tender platform judged on the margin of the tenders won (finding 113). */
    static final String TENDER_RULE = "tender-platform-margin";
    /** The reason id the engine gives the partner programme that answers the partners leaving (finding 89: 72). */
    static final String PARTNERS_RULE = "partners-leave";
    /** The reason id the engine gives the answer to accounts lost to a competitor's trade terms (finding 82: 78). */
    static final String ACCOUNTS_RULE = "churn-terms";

    private final AdviceText advice;
    private final BriefText text;

    PlanBars(AdviceText advice, BriefText text) {
        this.advice = advice;
        this.text = text;
    }

    /**
     * The target and the stop/go threshold of a line of this plan. A line selling an open booking window is judged by
     * the window's rule the plan's intro prints — a booking up to a quarter of its margin, stop at half — never by the
     * "a quarter dearer than its own figure" rule the window replaces (finding 105 beside 109). Who makes the calls
     * where the salespeople are busy is said under the plan, {@link #staffing} (finding 189).
     */
    String planDecision(TestPlan plan, PlannedTest line, List<Recommendation> recommendations) {
        BookingWindow window = plan.bookingWindow();
        // a line of a months-long deal is read on the enquiry inside the window (finding 123)
        boolean enquiry = window != null && window.readsEnquiries() && window.enquiryGoOn().equals(line.target())
                && window.enquiryStop().equals(line.stop());
        boolean windowLine = window != null && (window.goOn().equals(line.target()) && window.stop().equals(line.stop())
                || enquiry);
        // a channel run today: its booking on average is held to its recorded figure, the window's figures judge the
        // money added for the season (finding 114); a new test's money is all added
        String key = !line.kind().keeps() ? "advice.plan.bookingWindow.line"
                : plan.averageCost() != null ? "advice.plan.bookingWindow.kept" : "advice.plan.bookingWindow.kept.noAverage";
        int tracking = trackingWeek(plan);
        if (line.kind().keeps() && tracking > 0) {
            key += ".tracking";
        }
        if (enquiry) {
            key += ".enquiry";
        }
        String decision = SlowTests.pagesOnly(plan, line)
                ? text.get(plan.buyersCompare() ? "advice.plan.pages.done.buyers" : "advice.plan.pages.done",
                        SlowTests.lastWeekInPlan(plan, line))
                : plan.decidedNextQuarter(line, horizonOf(line, recommendations)) ? nextQuarterCheckpoint(plan, line)
                : windowLine
                ? text.get(key, advice.figure(line.target()), advice.figure(line.stop()), line.decisionWeek(),
                        plan.averageCost() == null ? "" : advice.figure(plan.averageCost()), tracking,
                        enquiry ? advice.figure(window.goOn()) : "", enquiry ? advice.figure(window.conversion()) : "")
                : line.channel() == Channel.UNIT_ECONOMICS && line.kind() == PlannedTest.Kind.PREPARE
                        && plan.lines().stream().anyMatch(FallingStop::stepped)
                        // the channel lines step their stop down to that cost by week 13, no line goes on at it (117)
                        ? text.get("plan.done.UNIT_ECONOMICS.stepped", line.startWeek() + line.weeks() - 1)
                        : line.kpi() == Kpi.PRE_SALES && opensANewPlace(plan) ? openingDecision(plan, line)
                        : holdsToday(plan, line) ? heldUntilSpend(plan, line)
                        : planDecision(line, trackingWeek(plan), plan.monthly(line), plan.needsNumericBar(line),
                                plan.weeks(), horizonOf(line, recommendations));
        if (line.channel() == Channel.PARTNER_MARKETING && carries(recommendations, line.channel(), PARTNERS_RULE)) {
            // the programme that keeps the partners says what its money buys (finding 89: 72) — and, read inside the plan,
            // what shows by then: the partners who took the new terms, and one more leaving as the stop signal (132)
            decision = text.get("advice.plan.partners.programme", advice.rubles(plan.monthly(line))) + " "
                    + (line.decisionWeek() <= plan.weeks() ? text.get("advice.plan.partners.reading", line.decisionWeek())
                            : decision);
        }
        PlannedTest programme = line.channel() == Channel.ONBOARDING_CHURN && line.kpi() == Kpi.RETENTION_RATE
                ? plan.lines().stream().filter(l -> l.channel() == Channel.PARTNER_MARKETING
                        && l.decisionWeek() <= plan.weeks() && carries(recommendations, l.channel(), PARTNERS_RULE))
                        .findFirst().orElse(null)
                : null;
        if (programme != null) {
            // the customers who leave are the partners the programme keeps: the answer to their reasons is read with the
            // programme, on one more partner leaving — not on the programme's share at week 26 once more (139d: 72)
            decision = text.get("advice.plan.partners.churnAnswer", programme.decisionWeek());
        }
        if (readWithRetention(line) && carries(recommendations, Channel.ONBOARDING_CHURN, ACCOUNTS_RULE)) {
            // the e-mail is the accounts programme's tool, read with it (finding 146: 78)
            return text.get("advice.plan.email.retentionTool");
        }
        if (line.channel() == Channel.ONBOARDING_CHURN && carries(recommendations, line.channel(), ACCOUNTS_RULE)) {
            // the programme that keeps the accounts lost to a competitor's terms says what its money buys (82: 78)
            // ... and is read on the accounts it keeps, not on a share of repeat purchases
            decision = text.get("advice.plan.accounts.programme", advice.rubles(plan.monthly(line)), line.decisionWeek());
        }
        PlannedTest margin = plan.lines().stream().filter(AdviceText::losesOnEverySale).findFirst().orElse(null);
        if (margin != null && line.kind().keeps() && line.channel().group() == Channel.Group.ACQUISITION
                && plan.endsEarly(line)) {
            // every client it brings is bought at a loss: it runs to the margin work's first reading and stops there
            // unless the margin per order has turned — not "stop by week 13" (finding 87: 60)
            decision = margin.target() != null
                    ? text.get("advice.plan.noMargin.stop.target", advice.rubles(plan.monthly(line)), line.decisionWeek(),
                            advice.figure(margin.target()))
                    : text.get("advice.plan.noMargin.stop", advice.rubles(plan.monthly(line)), line.decisionWeek());
        }
        if (plan.ownSources() && line.channel() == Channel.MARKETPLACES && line.kind().keeps() && line.stop() != null) {
            // the platform the client wants to depend on less: capped money (finding 108c), and the orders that money
            // buys at today's conversion — today's orders only once the conversion reaches its aim (finding 125)
            decision = ownSourcesLine(plan, line);
        }
        if (plan.payingNow() && plan.payingPlatform() != null && line.channel() == plan.firstCall()
                && plan.monthly(line) > line.channel().testBudget()) {
            // one line, two platforms: the one that pays by the client's own account takes the money from week 1, the
            // other its usual cost to be measured (finding 115)
            long measured = line.channel().testBudget();
            decision = text.get("advice.plan.platform.split", text.label(plan.payingPlatform()),
                    advice.rubles(plan.monthly(line) - measured), advice.rubles(measured)) + " " + decision;
        }
        return decision;
    }

    /**
     * Why the direct sales cost so much, printed under the plan rather than beside the row's bar (finding 189): where the
     * client says the salespeople are busy, the line's money is first of all one person who makes the calls
     * (finding 113); {@code null} where the client does not say so or the plan has no direct sales.
     */
    String staffing(TestPlan plan, List<Recommendation> recommendations) {
        return plan.lines().stream().filter(line -> carries(recommendations, line.channel(), SELLER_RULE)).findFirst()
                .map(line -> staffing(plan, line, recommendations))
                .orElse(null);
    }

    /** The seller sentence; where the line stops below its N, what happens to that person's time then (finding 193). */
    private String staffing(TestPlan plan, PlannedTest line, List<Recommendation> recommendations) {
        String money = advice.rubles(plan.monthly(line));
        int reading = firstReading(line, plan.weeks(), horizonOf(line, recommendations));
        return reading > 0 ? text.get("advice.plan.seller.why.stop", money, stopReading(line, reading))
                : text.get("advice.plan.seller.why", money);
    }

    /** The target and the stop/go threshold: with figures where the client's numbers give them, in words otherwise. */
    String planDecision(PlannedTest line) {
        // read without its plan, a line's share of the roubles is the one it prints, and the plan's weeks are not known
        return planDecision(line, 0, 0, line.percent() > PlannedTest.BARRED_PERCENT, 0, null);
    }

    /**
     * The question a line's row leaves to the next meeting, or null. The row is the one place that decides it: any N the
     * row asks at the meeting («… N …; вопрос к встрече»), however it is worded — a trend-judged line's bar (160, 172),
     * a new place's sign-ups, a new map card's customers — is a numbered question on the meeting's list (finding 180).
     */
    String question(TestPlan plan, PlannedTest line, List<Recommendation> recommendations) {
        if (!planDecision(plan, line, recommendations).contains(text.get("advice.plan.n.asked"))) {
            return null;
        }
        if (line.kpi() == Kpi.PRE_SALES) {
            return text.get("brief.questions.opening");
        }
        if (MapCard.creates(line)) {
            return text.get("brief.questions.mapCard", line.decisionWeek());
        }
        int reading = firstReading(line, plan.weeks(), horizonOf(line, recommendations));
        return text.get("brief.questions.bar", Quotes.quote(advice.title(line.channel(), line.kpi()), text),
                reading > 0 ? reading : line.decisionWeek());
    }

    /**
     * The key of the bar asked at the meeting: a channel kept because it already pays is not stopped below its N — what
     * changes is the reward or the way it asks — where the KPI's bar has such words (finding 174).
     */
    private String askedBarKey(PlannedTest line) {
        String barKey = "plan.bar." + line.kpi().name();
        return line.kind().keeps() && text.has(barKey + ".keep") ? barKey + ".keep" : barKey;
    }

    /**
     * The N bar asked at the meeting. A new channel («Тест») below its N gets one change and then a stop — never
     * «change» with no exit; a kept channel, or work on one («Улучшение»), changes and is never stopped (finding 174). A new channel whose results come
     * within the quarter is read at its first reading, mid-way through its weeks, and stopped at the second; one read at
     * its last week is stopped at the next quarter's review (finding 185).
     */
    private String askedBar(PlannedTest line, int planWeeks, Horizon results) {
        if (!line.newTest() || STOPS_BELOW_N.contains(line.kpi())) {
            return text.get(askedBarKey(line), line.decisionWeek());
        }
        int reading = firstReading(line, planWeeks, results);
        if (reading > 0) {
            // a stop at the line's last week in the plan saves nothing: what is left to decide is the next quarter (192)
            int stop = stopReading(line, reading);
            int lastWeek = Math.min(line.startWeek() + line.weeks() - 1, planWeeks);
            String stopKey = stop < lastWeek ? "advice.plan.bar.test.stop"
                    : "advice.plan.bar.test.stop.renew";
            return text.get(askedBarKey(line), reading) + text.get(stopKey, stop);
        }
        return text.get(askedBarKey(line), line.decisionWeek()) + text.get("advice.plan.bar.test.stop.review");
    }

    /** The KPIs whose N bar already stops below N: no second stop is added to them. */
    private static final java.util.Set<Kpi> STOPS_BELOW_N = java.util.EnumSet.of(Kpi.MAP_ACTIONS, Kpi.REPEAT_PURCHASE_RATE);

    /** The weeks from a new channel's first reading to its stop: one change, then a month to show (finding 185). */
    private static final int WEEKS_TO_STOP = 4;

    /**
     * The first reading of a new channel's N bar, mid-way through its weeks, or 0 where it is read at its last week: a
     * line of a known plan whose results come by then and that runs long enough for a change and a second reading.
     */
    static int firstReading(PlannedTest line, int planWeeks, Horizon results) {
        if (!line.newTest() || STOPS_BELOW_N.contains(line.kpi()) || planWeeks <= 0
                || results == null) {
            return 0;
        }
        int reading = line.startWeek() + line.weeks() / 2 - 1;
        boolean resultsBy = line.startWeek() + results.firstWeek() <= reading;
        return resultsBy && reading + 1 < Math.min(line.decisionWeek(), planWeeks) ? reading : 0;
    }

    /** The week a new channel still below its N after one change is stopped: a month after its first reading. */
    private static int stopReading(PlannedTest line, int firstReading) {
        return Math.min(firstReading + WEEKS_TO_STOP, line.decisionWeek());
    }

    /**
     * As {@link #planDecision(PlannedTest)}; {@code barred}: a line judged on a trend goes on at a number instead; in a plan
     * of {@code planWeeks} weeks (0: not known) an aim read after them is checked at the next quarter's review;
     * {@code results}: when the line's results come ({@code null}: not known).
     */
    private String planDecision(PlannedTest line, int trackingWeek, long monthly, boolean barred, int planWeeks,
            Horizon results) {
        int decisionWeek = line.decisionWeek();
        int last = line.startWeek() + line.weeks() - 1;
        if (MapCard.improves(line)) {
            // the client's own card is an improvement: there is no paid promotion to stop — it is done when the card is
            // filled, the line's last week, then its calls and routes are watched (findings 145, 151)
            return text.get("plan.done.MAP_LISTINGS.own", last);
        }
        int promoted = line.startWeek() + MapCard.CREATION_WEEKS;
        if (MapCard.creates(line) && promoted <= last) {
            // a card the client does not have is created first, then promoted; the promotion goes on at a number of
            // customers a week from the maps — the client's figure or the meeting's question (finding 157)
            return line.stop() != null && line.target() != null
                    ? text.get("advice.plan.mapCard.new", line.startWeek(), promoted - 1, promoted, last, decisionWeek,
                            advice.count(line.stop().value().longValue()), advice.figure(line.target()), advice.rubles(line.rubles()))
                    : text.get("advice.plan.mapCard.new.ask", line.startWeek(), promoted - 1, promoted, last, decisionWeek);
        }
        if (line.kpi() == Kpi.MEETINGS_FROM_OUTREACH && line.target() == null && line.stop() != null
                && line.stop().unit() == Unit.SCORE) {
            // the direct sales of a long deal go on at a number of meetings with those who decide (finding 144)
            return text.get("advice.plan.meetings.bar", decisionWeek, line.stop().value().intValue());
        }
        if (line.kpi() == Kpi.PIPELINE_FROM_CHANNEL && text.has("plan.rule.PIPELINE_FROM_CHANNEL." + line.channel().name())) {
            // the past customers' base of a long deal: service, upgrades, a second purchase, read on its meetings (144)
            return text.get("plan.rule.PIPELINE_FROM_CHANNEL." + line.channel().name(), decisionWeek);
        }
        if (line.kind() == PlannedTest.Kind.PREPARE) {
            // preparation is finished, not stopped: say when it is done — within its own weeks — and what is
            // watched afterwards, with the figure it aims at where the client's numbers give one
            String doneKey = "plan.done." + line.channel().name();
            // work whose KPI names what it is done for: the conversion work put first is the handling of enquiries,
            // done when every enquiry is answered in minutes, not when each channel's costs are known (finding 76)
            if (text.has(doneKey + "." + line.kpi().name())) {
                doneKey += "." + line.kpi().name();
            }
            // a sale that earns nothing: the economics line counts what an order costs, and aims at a margin
            if (line.channel() == Channel.UNIT_ECONOMICS && line.kpi() == Kpi.COST_PER_ACQUISITION
                    && line.baseline() != null && line.target() != null
                    && text.has(doneKey + ".known")) {
                // the plan already prints the allowable cost this step gives: the step cites it, never "done when it
                // is computed" under an intro and lines that use it (finding 112)
                doneKey += ".known";
            }
            boolean noMargin = losesOnEverySale(line);
            if (noMargin && text.has(doneKey + ".noMargin")) {
                doneKey += ".noMargin";
            }
            // a rate's aim is already what the done text watches next; a cost's aim is the figure the work must reach —
            // none where the plan's one allowable cost is today's own (finding 88: "aim: today's figure" says nothing)
            boolean aimed = line.target() != null && line.channel() != Channel.UNIT_ECONOMICS
                    && !line.target().equals(line.baseline())
                    && (line.kpi().lowerIsBetter() || !text.has(doneKey) || noMargin);
            if (aimed && line.kpi() == Kpi.COST_PER_ACQUISITION && text.has(doneKey + ".aimed")) {
                // the aim says what is watched next: the done text does not say it twice (finding 110)
                doneKey += ".aimed";
            }
            String done = text.has(doneKey) ? text.get(doneKey, last) : text.get("advice.plan.prepare", last);
            // an aim read after the plan is checked at the next quarter's review, never at a week after the plan ends
            String nextQuarter = planWeeks > 0 && decisionWeek > planWeeks ? ".nextQuarter" : "";
            if (aimed) {
                // a cost far above the allowable one is aimed a step down by this reading, with the allowable cost
                // named as the end goal (finding 80): never "aim 955 ₽ by week 6" beside 5 185 ₽ today
                done += Milestone.isStep(line)
                        ? text.get("advice.plan.prepare.aim.step" + nextQuarter, advice.figure(Milestone.of(line)), decisionWeek,
                                advice.figure(line.target()))
                        : text.get((line.kpi() == Kpi.COST_PER_ACQUISITION ? "advice.plan.prepare.aim.cost" : "advice.plan.prepare.aim")
                                + nextQuarter, advice.figure(line.target()), decisionWeek);
            }
            return done;
        }
        if (line.kpi() == Kpi.LOST_AFTER_VIEWING && line.target() != null && line.stop() != null) {
            // fewer enquiries lost after the viewing than the client's own share today (finding 133: 79)
            return text.get("advice.plan.lostAfterViewing", advice.figure(line.target()), advice.figure(line.stop()), decisionWeek);
        }
        if (line.kind().keeps() && text.has("plan.keep." + line.channel().name() + "." + line.kpi().name())) {
            // a tender platform is held at today's tariffs and judged on the margin of the tenders won (finding 113)
            return text.get("plan.keep." + line.channel().name() + "." + line.kpi().name(), decisionWeek);
        }
        if (line.kind().keeps() && line.rubles() == 0
                && (line.channel() == Channel.SEO_CONTENT || line.channel() == Channel.CONTEXTUAL_ADS)) {
            // search kept without a site: no money until the site exists, only the check where the calls come from
            return text.get("advice.plan.siteFirst.line", decisionWeek);
        }
        if (line.kpi().lowerIsBetter() && line.baseline() != null && line.target() == null && line.stop() == null) {
            // a cost with today's figure and no target: a sale earns nothing, so no cost a client may have
            return text.get("advice.plan.noMargin", decisionWeek);
        }
        if (FallingStop.stepped(line) && line.target() != null) {
            // a client at many times its worth: the money is the ceiling, the stop falls 30 % a reading twice, and the
            // worth recomputed by the economics work is judged last (finding 117, the strategist's answer (a))
            String channelKey = "advice.plan.falling.stepped.ceiling." + line.channel().name();
            String ceiling = monthly <= 0 ? ""
                    : text.get(text.has(channelKey) ? channelKey : "advice.plan.falling.stepped.ceiling", advice.rubles(monthly)) + " ";
            String narrowKey = "advice.plan.falling.stepped.narrow." + line.channel().name();
            String narrow = text.has(narrowKey)
                    ? text.get(narrowKey, FallingStop.secondWeek(line), advice.figure(FallingStop.narrowAbove(line))) : "";
            return ceiling + text.get("advice.plan.falling.stepped", advice.figure(FallingStop.firstStop(line)),
                    FallingStop.firstWeek(line), advice.figure(FallingStop.secondStop(line)), FallingStop.secondWeek(line),
                    advice.figure(line.stop()), decisionWeek) + narrow;
        }
        if (FallingStop.applies(line) && line.target() != null && FallingStop.firstWeek(line) < decisionWeek) {
            // a client from it costs more than it is worth today: the stop falls to that worth (finding 87)
            // ... for a subscription whose churn the plan fixes, at the first reading of that work (finding 95)
            // ... or for a stop at today's worth read after the work on churn is done (finding 111)
            String key = !FallingStop.afterRetention(line) ? "advice.plan.falling"
                    : FallingStop.onRetainedWorth(line) ? "advice.plan.falling.retained" : "advice.plan.falling.afterWork";
            return text.get(key,
                    advice.figure(line.target()), advice.figure(FallingStop.firstStop(line)),
                    FallingStop.firstWeek(line), advice.figure(line.stop()), decisionWeek);
        }
        if (OwnFigure.recorded(line)) {
            // today's figure is no channel's own: held at the figure recorded in weeks 1–2, the worth only the
            // ceiling (finding 109)
            return trackingWeek > 0
                    ? text.get("advice.plan.keep.recorded.tracking", advice.figure(line.stop()), decisionWeek, trackingWeek)
                    : text.get("advice.plan.keep.recorded", advice.figure(line.stop()), decisionWeek);
        }
        if (OwnFigure.added(line)) {
            // a scaled line's go-on above today is read on the money added, the line's average may get a quarter
            // dearer at most (finding 109)
            return line.baseline() == null
                    ? trackingWeek > 0
                            ? text.get("advice.plan.scale.added.recorded.tracking", advice.figure(line.target()), advice.figure(line.stop()),
                                    decisionWeek, trackingWeek)
                            : text.get("advice.plan.scale.added.recorded", advice.figure(line.target()), advice.figure(line.stop()), decisionWeek)
                    : text.get("advice.plan.scale.added", advice.figure(line.target()), advice.figure(line.stop()), decisionWeek,
                            advice.figure(OwnFigure.averageStop(line)));
        }
        if (line.kind().keeps() && line.target() != null && line.stop() != null
                && line.target().equals(line.baseline())) {
            // a cost bar reads «дороже», a rate bar «ниже» — never «хуже» (finding 196)
            String key = line.kpi().lowerIsBetter() ? "advice.plan.keep" : "advice.plan.keep.rate";
            return text.get(key, advice.figure(line.target()), advice.figure(line.stop()), decisionWeek);
        }
        if (line.target() != null && line.stop() != null) {
            String key = line.kpi().lowerIsBetter() ? "advice.plan.cost" : "advice.plan.rate";
            return text.get(key, advice.figure(line.target()), advice.figure(line.stop()), decisionWeek);
        }
        if (line.target() != null && Milestone.isStep(line)) {
            return text.get("advice.plan.target.step", advice.figure(Milestone.of(line)), decisionWeek, advice.figure(line.target()));
        }
        if (line.target() != null) {
            return text.get("advice.plan.target", advice.figure(line.target()), decisionWeek);
        }
        if (barred && text.has("plan.bar." + line.kpi().name())) {
            // a line over a tenth of the roubles goes on at a number, not at "it grows", whatever its stage: above today's
            // figure where the client gave one, else at an N asked at the meeting (findings 160, 174)
            String barKey = "plan.bar." + line.kpi().name();
            if (line.baseline() != null && text.has(barKey + ".known")) {
                return text.get(barKey + ".known", decisionWeek, advice.figure(line.baseline()));
            }
            return askedBar(line, planWeeks, results);
        }
        return text.get("plan.rule." + line.kpi().name(), decisionWeek);
    }

    /**
     * The row of a line whose full effect shows after the plan ({@link TestPlan#decidedNextQuarter}): what must be
     * visible by the plan's last week, and that the go/stop decision is taken at the next quarter's review — never
     * «останавливаем» at a week after the plan ends.
     */
    private String nextQuarterCheckpoint(TestPlan plan, PlannedTest line) {
        if (line.kind() == PlannedTest.Kind.PREPARE) {
            // the week of the next quarter it is done by, never «в начале следующего квартала» (finding 182)
            int last = line.startWeek() + line.weeks() - 1;
            return text.get("advice.plan.prepare.nextQuarter", plan.weeks(), last - plan.weeks());
        }
        // what the line's money buys by then, so that two lines read on one KPI say two things — counted as the sale goes:
        // orders where consumers buy within days, enquiries and meetings otherwise, per event at a show (finding 181)
        String key = "advice.plan.firstStep." + line.kpi().name();
        String channelKey = key + "." + line.channel().name();
        String ordersKey = key + ".orders";
        String firstStep = text.get(text.has(channelKey) ? channelKey
                        : plan.sellsOrders() && text.has(ordersKey) ? ordersKey : text.has(key) ? key : "advice.plan.firstStep",
                plan.weeks(), advice.rubles(plan.monthly(line)));
        if (line.target() == null) {
            return text.get("advice.plan.nextQuarter", firstStep);
        }
        if (line.stop() == null) {
            // a target the client's figures give is kept: it is what the next quarter's review reads
            return text.get("advice.plan.nextQuarter.target", firstStep, advice.figure(line.target()));
        }
        // ... and the go and stop levels the plan computed are that review's bar: a target alone is a negotiation (177)
        String bar = (line.kind().keeps() && line.target().equals(line.baseline()) ? "keep." : "")
                + (line.kpi().lowerIsBetter() ? "cost" : "rate");
        return text.get("advice.plan.nextQuarter.bar." + bar, firstStep, advice.figure(line.target()), advice.figure(line.stop()));
    }

    /**
     * A scaled line, its cost per customer recorded before the start, in a plan that keeps the paid channels no more than
     * today's spend by the client's figures (figures above the budget: it keeps part of them): no money is added to it
     * until the spend is answered, so its bar holds that money and records each channel's customer — never «добавленные
     * деньги» (finding 153).
     */
    private static boolean holdsToday(TestPlan plan, PlannedTest line) {
        return OwnFigure.added(line) && line.baseline() == null && plan.todaysSpend() > 0
                && plan.keptMonthly() <= plan.todaysSpend();
    }

    /** The bar of a scaled line that keeps today's money until the spend is answered ({@link #holdsToday}). */
    private String heldUntilSpend(TestPlan plan, PlannedTest line) {
        int tracking = trackingWeek(plan);
        return tracking > 0
                ? text.get("advice.plan.scale.held.tracking", advice.sum(plan.keptMonthly()), advice.figure(line.stop()),
                        line.decisionWeek(), tracking)
                : text.get("advice.plan.scale.held", advice.sum(plan.keptMonthly()), advice.figure(line.stop()), line.decisionWeek());
    }

    /**
     * A line read on the sign-ups for a new place before it opens: its bar is a count — from the client's figures, or
     * the question for the next meeting — never «nobody signed up»; a kept paid line says that it pauses at the full
     * place and works only around the new address (finding 143).
     */
    private String openingDecision(TestPlan plan, PlannedTest line) {
        // the question is spelt out once, on the plan's first such line; the next ones refer to it
        boolean first = plan.lines().stream().filter(l -> l.kpi() == Kpi.PRE_SALES && l.stop() == null).findFirst()
                .map(l -> l.channel() == line.channel()).orElse(true);
        String n = text.get(first ? "advice.plan.opening.n.ask" : "advice.plan.opening.n.again");
        String bar;
        if (waitingList(line)) {
            // the base, read alone weeks earlier, reaches its share of the block's bar, not the whole of it (finding 156)
            bar = text.get("advice.plan.opening.bar.base", line.decisionWeek(), line.stop() != null
                    ? advice.count(line.stop().value().longValue())
                    : text.get("advice.plan.opening.share." + DatedOpening.share(line.decisionWeek()), n));
        } else {
            // the block's lines reach one bar together, named once, on its first line (finding 156)
            List<PlannedTest> block = plan.lines().stream().filter(l -> l.kpi() == Kpi.PRE_SALES && !waitingList(l)).toList();
            String value = line.stop() != null ? advice.count(line.stop().value().longValue()) : n;
            if (block.size() < 2) {
                bar = text.get("advice.plan.opening.bar", line.decisionWeek(), value);
            } else {
                int from = block.stream().mapToInt(PlannedTest::decisionWeek).min().orElse(line.decisionWeek());
                int to = block.stream().mapToInt(PlannedTest::decisionWeek).max().orElse(line.decisionWeek());
                String weeks = from == to ? String.valueOf(to) : from + "–" + to;
                bar = block.get(0).channel() == line.channel()
                        ? text.get("advice.plan.opening.bar.together.first", weeks, value, block.stream()
                                .map(l -> lowerFirst(advice.title(l.channel(), l.kpi()))).collect(Collectors.joining(", ")))
                        : text.get("advice.plan.opening.bar.together", weeks, value);
            }
        }
        return line.kind().keeps() ? text.get("advice.plan.opening.moved", line.startWeek()) + " " + bar : bar;
    }

    /** The waiting list of a new place from the client's base. */
    private static boolean waitingList(PlannedTest line) {
        return line.channel() == Channel.CRM_MARKETING && line.kpi() == Kpi.PRE_SALES;
    }

    private String ownSourcesLine(TestPlan plan, PlannedTest line) {
        OwnSources.Orders orders = OwnSources.orders(plan, line);
        if (orders == null) {
            long first = OwnSources.firstMonth(plan.monthly(line), plan.months());
            return text.get("advice.plan.ownSources.money.stepped", advice.rubles(first), advice.rubles(OwnSources.step(first)),
                    plan.months(), advice.rubles(OwnSources.lastMonth(first, plan.months())), advice.figure(line.stop()), line.decisionWeek());
        }
        String more = orders.heldAtConversion()
                ? text.get("advice.plan.ownSources.orders.held", advice.count(orders.today()), advice.figure(orders.conversion()))
                : orders.conversion() != null
                        ? text.get("advice.plan.ownSources.orders.more", advice.count(orders.atConversion()),
                                advice.figure(orders.conversion()), advice.count(orders.today()))
                        : text.get("advice.plan.ownSources.orders.today", advice.count(orders.today()));
        // the money steps down a tenth a month after the first, and so do the orders it buys (finding 125)
        long first = OwnSources.firstMonth(plan.monthly(line), plan.months());
        long last = OwnSources.lastMonth(first, plan.months());
        return text.get("advice.plan.ownSources.orders.stepped", advice.count(orders.kept()), more, advice.rubles(first),
                advice.rubles(OwnSources.step(first)), plan.months(), advice.rubles(last),
                advice.count(Math.round(orders.kept() * (double) last / first)), advice.figure(line.stop()), line.decisionWeek());
    }

    /** When a line's results come: its recommendation's horizon, the one its row prints; {@code null} when none is. */
    private static Horizon horizonOf(PlannedTest line, List<Recommendation> recommendations) {
        return recommendations.stream().filter(r -> r.channel() == line.channel())
                .sorted(java.util.Comparator.comparing(r -> r.kpi() != line.kpi()))
                .map(Recommendation::horizon).findFirst().orElse(null);
    }

    /** Whether the recommendation for {@code channel} carries a reason of the rule {@code rule}. */
    private static boolean carries(List<Recommendation> recommendations, Channel channel, String rule) {
        return recommendations.stream().anyMatch(r -> r.channel() == channel
                && r.reasons().stream().anyMatch(reason -> reason.rule().equals(rule)));
    }

    /**
     * An e-mail line read with the programme that keeps lost accounts, on the share of accounts that stay and with no
     * bar of its own (finding 146): the engine gives it the programme's KPI and baseline.
     */
    static boolean readWithRetention(PlannedTest line) {
        return line.channel() == Channel.EMAIL && line.kpi() == Kpi.RETENTION_RATE && line.target() == null
                && line.stop() == null;
    }
}
