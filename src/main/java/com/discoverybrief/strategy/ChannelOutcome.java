package com.discoverybrief.strategy;

/** What a channel in use returns, as far as the client knows. */
public enum ChannelOutcome {
    PROFIT, BREAK_EVEN, DRAINS_BUDGET, UNKNOWN,
    /** One platform of the channel pays, another drains the budget (VK targeting drains, Telegram pays). */
    MIXED
}
