package com.discoverybrief.strategy;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The summary's focus is the client's biggest weighed need — the heaviest need behind any
 * recommendation, the higher-ranked one where two weigh the same — so a client losing members hears
 * about keeping them, not about setting up measurement. The first steps are the first new work (at
 * most {@value #FIRST_STEPS}; what already pays simply goes on), and the horizon is when the earliest
 * of them changes the business — setting up measurement or counting the economics is a tool, not a
 * result. Each step's own horizon already follows the sales cycle and how often clients buy, so a
 * florist hears about weeks of map listings, a plant maker about months of nurturing a committee: no
 * instant promises, and no year-long wait announced for what shows in weeks.
 */
final class Summaries {

    static final int FIRST_STEPS = 3;
    /** Work whose result is a tool, not a change in the business: it does not set the horizon. */
    private static final Set<Channel> SETTING_UP = EnumSet.of(Channel.ANALYTICS_SETUP,
            Channel.UNIT_ECONOMICS);

    private Summaries() {
    }

    static Summary of(Answers answers, List<Draft> ranked, List<Recommendation> recommendations) {
        List<Recommendation> first = recommendations.stream().filter(r -> !r.isKept()).limit(FIRST_STEPS).toList();
        if (first.isEmpty()) {
            first = recommendations.stream().limit(FIRST_STEPS).toList();
        }
        Horizon horizon = first.stream().filter(r -> !SETTING_UP.contains(r.channel())).map(Recommendation::horizon)
                .min(Comparator.naturalOrder())
                .orElse(first.stream().map(Recommendation::horizon).max(Comparator.naturalOrder())
                        .orElse(Horizon.ONE_TO_THREE_MONTHS));
        String goal = answers.excerpt(AnswerField.GROWTH_GOAL);
        Summary.Focus focus = focus(ranked, answers);
        List<Channel> steps = first.stream().map(Recommendation::channel).toList();
        if (goal != null && Signals.atCapacity(answers) && !opensNewPlace(answers) && asksForMoreClients(goal)) {
            // more clients or orders than today's business can serve: say so, never endorse it
            return new Summary(focus, steps, horizon, null, goal, answers.growthHorizon(), Summary.GoalLimit.CAPACITY);
        }
        if (goal != null && answers.growthHorizon() != null && months(answers.growthHorizon()) <= horizon.firstMonth()) {
            // the goal's own deadline comes before the first measurable result: say so, never endorse it
            return new Summary(focus, steps, horizon, null, goal, answers.growthHorizon(), Summary.GoalLimit.HORIZON);
        }
        // the queue a named new capacity fills from, in the client's words: it fills it without advertising (176)
        String waitingList = NewCapacity.named(goal) ? NewCapacity.waitingList(answers) : null;
        return new Summary(focus, steps, horizon, goal, null, null, null, waitingList);
    }

    /** The words of a goal that asks for more clients, orders or enquiries (not more per client). */
    private static final Pattern MORE_CLIENTS = Pattern.compile(
            "(клиент|заказ|заяв|продаж|пациент|покупател|гост|учени|посетител|запис|client|customer|order|lead|enquir|sale"
                    + "|patient|booking|visitor)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MORE = Pattern.compile(
            "(больше|увелич|рост|удво|утро|вдвое|втрое|в\\s*\\d+([,.]\\d+)?\\s*раз|\\d|more|double|tripl|increase|grow|x\\s*\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A goal of more clients or orders, in the client's words: at the limit of capacity it cannot be met
     * as stated. A goal of more profit or a higher check is what the plan does at the limit, so it stands.
     */
    static boolean asksForMoreClients(String goal) {
        return MORE_CLIENTS.matcher(goal).find() && MORE.matcher(goal).find();
    }

    /** A second place to fill: where the business is full today does not limit it. */
    static boolean opensNewPlace(Answers answers) {
        ExpansionTarget target = answers.expansionTarget();
        return target == ExpansionTarget.NEW_DISTRICT || target == ExpansionTarget.NEW_CITY
                || target == ExpansionTarget.NEW_REGION;
    }

    private static int months(GrowthHorizon horizon) {
        return switch (horizon) {
            case THREE_MONTHS -> 3;
            case SIX_MONTHS -> 6;
            case ONE_YEAR -> 12;
            case THREE_YEARS -> 36;
        };
    }


    static Summary.Focus focus(List<Draft> ranked) {
        Draft heaviest = null;
        for (Draft draft : ranked) {
            // the work that leads its need only because the plan funds it first (a long deal's past customers, 160) sets
            // no focus of its own: the next work of the same weight names it
            if (heaviest == null || draft.need().weight() > heaviest.need().weight()
                    || draft.need().weight() == heaviest.need().weight() && heaviest.leads() && !draft.leads()) {
                heaviest = draft;
            }
        }
        return heaviest == null ? Summary.Focus.CLARIFY_STRATEGY : heaviest.need().focus();
    }

    /**
     * The focus, told against the client's goal: a business full today that opens a new place is not
     * told "you cannot take more clients" — the new place is exactly where it can; a seasonal business is
     * not told "prepare the season, paid tests wait" while its plan keeps paid channels running.
     */
    static Summary.Focus focus(List<Draft> ranked, Answers answers) {
        // "paid tests start a few weeks before the season, not in the off-season" is not said while the plan
        // itself keeps paid channels running through the months before the season (finding 65)
        boolean paidKeptRunning = ranked.stream().anyMatch(draft -> draft.isKept() && draft.channel().isPaidTraffic());
        Summary.Focus focus = focus(paidKeptRunning
                ? ranked.stream().filter(draft -> draft.need().focus() != Summary.Focus.PREPARE_SEASON).toList() : ranked);
        if (focus == Summary.Focus.EARN_MORE_PER_CLIENT && opensNewPlace(answers)) {
            return Summary.Focus.FULL_HERE_FILL_NEW_PLACE;
        }
        // "a new market: we first study its demand, competitors and prices" is not said where the plan studies none:
        // a new district of the same city is reached, not researched (finding 92)
        if (focus == Summary.Focus.ENTER_NEW_MARKET && answers.expansionTarget() == ExpansionTarget.NEW_DISTRICT
                && ranked.stream().noneMatch(draft -> draft.channel() == Channel.MARKET_ANALYSIS)) {
            return Summary.Focus.NEW_DISTRICT;
        }
        return focus;
    }
}
