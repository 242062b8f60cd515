package com.discoverybrief.strategy;

/**
 * A consumer business that gets most of its orders from one platform and wants to depend on it less (finding 108c,
 * adv13k: a handyman with 90 % of the orders from Avito, «снизить долю Авито до 50 % за год, не потеряв объём"). The
 * platform keeps today's orders, not today's money: it gets at most {@value #PLATFORM_PERCENT} % of the budget, and
 * the client's own sources of orders — map cards, reminders to past clients, referrals and partners — get the rest from
 * the first month; each month they reach their go-on, another tenth of the platform's money moves to them.
 */
public final class OwnSources {

    private OwnSources() {
    }

    /** The most of the budget the platform keeps while the own sources are built. */
    static final int PLATFORM_PERCENT = 75;

    /**
     * Whether the plan moves money from the one platform to the client's own sources: half the orders or more from one
     * platform the client runs and that pays, buyers who are people (a supplier to businesses answers it with direct
     * sales), room for more clients, and a goal that names the platform's share or the dependence on it.
     */
    static boolean shift(Answers answers) {
        if (answers.choice(AnswerField.SOURCE_DEPENDENCE, SourceDependence.class) != SourceDependence.ONE_PLATFORM
                || PlatformDependence.businessBuyers(answers) || Signals.atCapacity(answers)
                || !Signals.profitsFrom(answers, Channel.MARKETPLACES)) {
            return false;
        }
        String goal = answers.lowerCase(AnswerField.GROWTH_GOAL);
        return goal != null && (goal.contains("дол") && (goal.contains("сниз") || goal.contains("уменьш"))
                || goal.contains("зависим") || goal.contains("depend") || goal.contains("share"));
    }
}
