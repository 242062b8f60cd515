package com.discoverybrief.strategy;

/**
 * A margin low in percent is not thin when the roubles it leaves pay for a client several times over (finding
 * 75): 7 % of a 1.8 M ₽ car is 126 000 ₽, while a buyer costs 37 500 ₽ today. Where the client's numbers give
 * both what a client is worth in margin (the margin of one sale × the purchases a client makes,
 * {@link TestPlans#clientValue}) and what a client costs today ({@link Signals#costPerClient}), the roubles
 * decide; where they do not, the percentage still does ({@link Signals#THIN_MARGIN_PERCENT}).
 */
final class MarginRoom {

    /** A client worth at least this many times what a client costs today leaves room to pay for new clients. */
    static final int TIMES_THE_COST = 3;

    private MarginRoom() {
    }

    /** By the client's own numbers the margin a client leaves pays for today's cost of a client several times. */
    static boolean paysForClients(Answers answers) {
        Double worth = TestPlans.clientValue(answers);
        Double cost = Signals.costPerClient(answers);
        return worth != null && cost != null && cost > 0 && worth >= TIMES_THE_COST * cost;
    }
}
