package com.discoverybrief.strategy;

import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new place the client opens in a month named in their own words (finding 90: a children's dentistry full for three
 * weeks ahead, «второй откроется в марте»). The weeks before the opening are the new place's launch: the map card of the
 * new address, the neighbours who meet its first clients (schools, kindergartens, doctors), a waiting list from the
 * client's own base — the clients to whom the new address is closer sign up first — and an offer for the opening. That
 * block gets the money in the weeks before the opening, read on the sign-ups for the new place, and the reserve is the
 * opening month's money, not a blind "for tests that reach go on".
 */
public final class DatedOpening {

    /** Words of opening a place: «откроется», «открытие», «запуск», "opens", "launch". */
    private static final Pattern OPENS = Pattern.compile("откр|запуск|open|launch");
    /** The block starts at most this many weeks before the opening: two months to set up partners and the list. */
    static final int BLOCK_WEEKS = 8;
    /** The reserve the plan keeps for the opening month: about a month of the budget, the rest funds the block. */
    static final int RESERVE_PERCENT = 100 / TestPlans.MONTHS;
    /** The paid lines of the block besides the map card: the neighbours and the street around the new address. */
    private static final Set<Channel> BLOCK = Set.of(Channel.PARTNER_MARKETING, Channel.OFFLINE_ADS);

    private DatedOpening() {
    }

    /**
     * The plan's week in which the new place opens (week 1 starts with the meeting's month), or {@code 0}: no meeting
     * month, no new district, city or region, no opening word with a month (or «через N месяцев») in the new markets or
     * the constraints, or an opening too far for its block to start within the plan.
     */
    static int week(Answers answers) {
        int months = monthsAhead(answers);
        if (months <= 0) {
            return 0;
        }
        int week = (int) Math.round(months * 52 / 12.0) + 1;
        return week - BLOCK_WEEKS <= TestPlans.WEEKS - LateStart.MIN_WEEKS + 1 ? week : 0;
    }

    /**
     * The month the new place opens in, as the client named it or as «через N месяцев» from the meeting's month, where
     * its block is in the plan; {@code null} otherwise. The brief names it in the plan's intro (finding 90: «март»).
     */
    public static Month month(Answers answers) {
        return answers == null || week(answers) == 0 ? null : answers.meetingMonth().plus(monthsAhead(answers));
    }

    /** How many months after the meeting's month the new place opens, or {@code 0} where the words do not say. */
    private static int monthsAhead(Answers answers) {
        Month met = answers.meetingMonth();
        ExpansionTarget target = answers.expansionTarget();
        if (met == null || Signals.notOpenYet(answers) || Signals.sellsToBusinessesOnly(answers)
                || target != ExpansionTarget.NEW_DISTRICT && target != ExpansionTarget.NEW_CITY
                        && target != ExpansionTarget.NEW_REGION) {
            return 0;
        }
        AnswerField field = field(answers);
        if (field == null) {
            return 0;
        }
        Set<Month> named = OffSeasonGoal.months(answers.text(field));
        if (named.size() == 1) {
            return Math.floorMod(named.iterator().next().getValue() - met.getValue(), 12);
        }
        return inMonths(answers.lowerCase(field));
    }

    /** «через три месяца», «через 2 месяца», "in 3 months": the number of months, or {@code 0}. */
    static int inMonths(String lower) {
        Matcher matcher = IN_MONTHS.matcher(lower);
        if (!matcher.find()) {
            return 0;
        }
        String n = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        int index = NUMBERS.indexOf(n);
        return index >= 0 ? index % 6 + 1 : n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : 0;
    }

    /** The month words from one to six, Russian and English (the index mod 6, plus one, is the number). */
    private static final List<String> NUMBERS = List.of("один", "два", "три", "четыре", "пять", "шесть",
            "one", "two", "three", "four", "five", "six", "одна", "две");
    private static final Pattern IN_MONTHS = Pattern.compile(
            "через\\s+(\\d{1,2}|один|одна|два|две|три|четыре|пять|шесть)\\s*(?:месяц|мес)"
                    + "|in\\s+(\\d{1,2}|one|two|three|four|five|six)\\s+months?");

    /** The answer that dates the opening: an opening word and exactly one month or «через N месяцев». */
    private static AnswerField field(Answers answers) {
        for (AnswerField field : List.of(AnswerField.NEW_MARKETS, AnswerField.CONSTRAINTS)) {
            String text = answers.text(field);
            if (text != null && OPENS.matcher(answers.lowerCase(field)).find()
                    && (OffSeasonGoal.months(text).size() == 1 || inMonths(answers.lowerCase(field)) > 0)) {
                return field;
            }
        }
        return null;
    }

    /** The first week of the block: {@value #BLOCK_WEEKS} weeks before the opening, or week 1. */
    static int blockStart(Answers answers) {
        return Math.max(1, week(answers) - BLOCK_WEEKS);
    }

    /** A waiting list for the new place from the client's own base, read on its sign-ups. */
    static final Rule WAITING_LIST = new Rule("dated-opening",
            answers -> week(answers) > 0 && keepsABase(answers),
            (answers, cite) -> List.of(Proposal.test(Channel.CRM_MARKETING, Kpi.PRE_SALES, Horizon.ONE_TO_THREE_MONTHS,
                    Need.LAUNCH, Cite.concat(cite.answers(answers, AnswerField.EXPANSION_TARGET),
                            cite.answers(answers, field(answers))))));

    static final List<Rule> ALL = List.of(WAITING_LIST);

    /** Whether this new test is one of the block's paid lines before the opening. */
    static boolean block(Answers answers, Recommendation r, PlannedTest.Kind kind) {
        return kind == PlannedTest.Kind.TEST && BLOCK.contains(r.channel()) && week(answers) > 0;
    }

    /** Whether this line is the waiting list from the base: started now — the full place's queue is its first audience. */
    static boolean waitingList(Answers answers, Recommendation r) {
        return r.channel() == Channel.CRM_MARKETING && r.kpi() == Kpi.PRE_SALES && week(answers) > 0;
    }

    /** The block's new tests are read on the sign-ups for the new place: before the opening it has no clients to cost. */
    static void apply(Answers answers, java.util.Map<Channel, Draft> drafts) {
        if (week(answers) <= 0) {
            return;
        }
        for (Channel channel : BLOCK) {
            Draft draft = drafts.get(channel);
            if (draft != null && draft.stage() == Stage.TEST) {
                draft.measureBy(Kpi.PRE_SALES);
            }
        }
    }

    /**
     * Moves the reserve above {@value #RESERVE_PERCENT} % to the block's paid lines, alike; the rest is
     * the opening month's money. {@code shares} are the lines' percents with the reserve's last, and still sum to 100.
     */
    static void fund(Answers answers, List<TestPlans.Timed> timed, double[] shares) {
        int n = timed.size();
        if (week(answers) <= 0 || shares[n] <= RESERVE_PERCENT) {
            return;
        }
        long lines = timed.stream().filter(t -> block(answers, t.recommendation(), t.kind())).count();
        if (lines == 0) {
            return;
        }
        double moved = shares[n] - RESERVE_PERCENT;
        for (int i = 0; i < n; i++) {
            TestPlans.Timed t = timed.get(i);
            if (block(answers, t.recommendation(), t.kind())) {
                shares[i] += moved / lines;
            }
        }
        shares[n] = RESERVE_PERCENT;
    }

    /**
     * Whether this kept line buys clients for a place that is full while a new one opens (finding 143: 41, booked three
     * weeks ahead): it pauses at the full place and, from the block's start, works only around the new address, read on
     * the sign-ups for the new place.
     */
    static boolean movesToNewPlace(Answers answers, Recommendation r, PlannedTest.Kind kind) {
        return kind.keeps() && r.channel().isPaidTraffic() && r.channel().group() == Channel.Group.ACQUISITION
                && answers.capacity() == Capacity.AT_LIMIT && week(answers) > 0;
    }

    /**
     * The recommendations carry the KPI the plan gives a kept paid line moved to the new place: its sign-ups, not the
     * full place's cost of a client (one fact, one label — finding 143).
     */
    static List<Recommendation> relabel(Answers answers, List<Recommendation> recommendations, TestPlan plan) {
        if (plan == null || week(answers) <= 0 || answers.capacity() != Capacity.AT_LIMIT) {
            return recommendations;
        }
        List<Recommendation> relabelled = new java.util.ArrayList<>(recommendations.size());
        for (Recommendation r : recommendations) {
            // ... and its reason is the line's, not "kept, scaled step by step" nor "a request to scale" (finding 155)
            relabelled.add(moved(answers, r, plan) == null ? r : new Recommendation(r.priority(), r.channel(), r.stage(),
                    r.reasons().stream().map(DatedOpening::fromTheLine).toList(), Kpi.PRE_SALES, r.horizon(),
                    r.condition(), r.prerequisites(), r.verify()));
        }
        return List.copyOf(relabelled);
    }

    /** The reason of a kept paid line paused at the full place and aimed at the new address (finding 155). */
    static final String MOVED = "moves-to-new-place";

    /** The keep-and-scale and the scale-request reasons become the moved line's own. */
    private static Reason fromTheLine(Reason reason) {
        return reason.rule().equals(AcquisitionRules.KEEP_PROFITABLE_CHANNEL.id())
                || reason.rule().equals(AcquisitionRules.ASKS_TO_SCALE) ? reason.signedBy(MOVED) : reason;
    }

    /** The plan's line of a kept paid line that pauses at the full place and moves to the new one, or {@code null}. */
    private static PlannedTest moved(Answers answers, Recommendation r, TestPlan plan) {
        return plan == null || week(answers) <= 0 ? null : plan.lines().stream().filter(l -> l.channel() == r.channel()
                && l.kind().keeps() && l.kpi() == Kpi.PRE_SALES && movesToNewPlace(answers, r, l.kind()))
                .findFirst().orElse(null);
    }

    /**
     * The answer to a channel the client asked for whose plan line pauses at the full place and, from its start week, works
     * around the new address: «Позже», with that week — written from the line, never «Да: уже окупается, сохраняем»
     * (finding 155); other verdicts as they are.
     */
    static List<Verdict> verdicts(Answers answers, List<Verdict> verdicts, List<Recommendation> recommendations,
            TestPlan plan) {
        return verdicts.stream().map(v -> {
            Recommendation r = !v.requested() ? null : recommendations.stream()
                    .filter(rec -> rec.channel() == v.channel()).findFirst().orElse(null);
            PlannedTest line = r == null ? null : moved(answers, r, plan);
            return line == null ? v : new Verdict(v.channel(), v.motive(), VerdictKind.LATER,
                    VerdictReason.MOVES_TO_NEW_PLACE, r.priority(), null, null,
                    List.of(Figure.of(line.startWeek(), Unit.WEEK)));
        }).toList();
    }

    /** The share of the full place's enquiries a month the new place's sign-ups reach a month into the block. */
    static final int BAR_SHARE_PERCENT = 25;

    /**
     * The bar of a line read on the sign-ups for the new place: a count, never «nobody signed up» (finding 143) —
     * a quarter of the full place's enquiries a month where the client named them; {@code null} (a question for the
     * next meeting) otherwise.
     */
    static Figure bar(Answers answers) {
        java.math.BigDecimal leads = answers.number(AnswerField.LEADS_PER_MONTH);
        if (leads == null || leads.signum() <= 0) {
            return null;
        }
        return Figure.of(Math.max(1, Math.round(leads.doubleValue() * BAR_SHARE_PERCENT / 100.0)), Unit.PER_MONTH);
    }

    /**
     * The bar of one line read on the sign-ups for the new place (finding 156): the block's lines reach the bar together,
     * the waiting list from the base — read alone, weeks earlier — its {@link #share share} of it; {@code null} where the
     * bar is the question for the next meeting.
     */
    static Figure bar(Answers answers, Channel channel, int decisionWeek) {
        Figure bar = bar(answers);
        int share = channel == Channel.CRM_MARKETING ? share(decisionWeek) : 1;
        return bar == null || share == 1 ? bar
                : Figure.of(Math.max(1, Math.round(bar.value().doubleValue() / share)), bar.unit());
    }

    /**
     * The part of the block's bar the waiting list from the base reaches on its own by its decision week, as one over
     * this number — the week's part of the plan, said as a half, a third or a quarter (finding 156: week 4 of 13 is «треть
     * N»). The block's lines read together reach it whole: one bar, not one for each line.
     */
    public static int share(int decisionWeek) {
        return (int) Math.max(2, Math.min(4, Math.round((double) TestPlans.WEEKS / Math.max(1, decisionWeek))));
    }

    /** Words of an audience met through schools and kindergartens: children and their parents. */
    private static final Pattern CHILDREN = Pattern.compile("дет|ребён|ребен|школ|садик|детсад|child|kid|school|kindergarten");
    /** The last day of the New Year holidays, when schools and kindergartens are closed (1–10 January). */
    static final int HOLIDAYS_END = 10;

    /**
     * The start of a partner line of the block that needs schools and kindergartens, and of its ads on the street around
     * the new address, moved past the New Year holiday weeks (findings 143, 156: a December meeting puts week 6 on 5–11
     * January); other lines keep {@code start}.
     */
    static int pastHolidays(Answers answers, Recommendation r, int start) {
        Month met = answers.meetingMonth();
        // ... and so is the street around the new address: in the holiday weeks nobody walks past it (finding 156)
        boolean holidayBound = r.channel() == Channel.PARTNER_MARKETING && forChildren(answers)
                || r.channel() == Channel.OFFLINE_ADS;
        if (met == null || !holidayBound) {
            return start;
        }
        java.time.LocalDate first = java.time.LocalDate.of(2001, met, 1);
        int week = start;
        while (week <= TestPlans.WEEKS && inHolidays(first.plusDays(7L * (week - 1)))) {
            week++;
        }
        return week;
    }

    /**
     * Whether this plan week is the first after the New Year holiday weeks (finding 156: the intro says the partners start
     * «с 7-й недели, после новогодних каникул»); {@code false} without a meeting month.
     */
    public static boolean firstAfterHolidays(Answers answers, int week) {
        Month met = answers == null ? null : answers.meetingMonth();
        if (met == null || week <= 1) {
            return false;
        }
        java.time.LocalDate first = java.time.LocalDate.of(2001, met, 1);
        return inHolidays(first.plusDays(7L * (week - 2))) && !inHolidays(first.plusDays(7L * (week - 1)));
    }

    /** Whether a week starting on this day has a day in 1–{@value #HOLIDAYS_END} January. */
    private static boolean inHolidays(java.time.LocalDate weekStart) {
        for (int d = 0; d < 7; d++) {
            java.time.LocalDate day = weekStart.plusDays(d);
            if (day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= HOLIDAYS_END) {
                return true;
            }
        }
        return false;
    }

    private static boolean forChildren(Answers answers) {
        for (AnswerField field : List.of(AnswerField.SEGMENTS, AnswerField.PRODUCT)) {
            String text = answers.lowerCase(field);
            if (text != null && CHILDREN.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean keepsABase(Answers answers) {
        return answers.customerBase() == CustomerBase.CRM || answers.customerBase() == CustomerBase.EMAIL_LIST
                || answers.customerBase() == CustomerBase.CRM_AND_EMAIL;
    }
}
