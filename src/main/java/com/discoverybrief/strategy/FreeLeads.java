package com.discoverybrief.strategy;

import java.util.List;
import java.util.Set;

/**
 * The channels the client runs whose leads cost nothing per lead — search engine optimisation, e-mail, referrals —
 * beside channels that are paid per lead (findings 96, 97). Their leads are in the client's leads a month, so leads ×
 * the cost of a lead counts them as paid: that product is at most what the paid channels cost, never their spend.
 * The brief names these channels — the client's own, not a fixed list. Free per lead is not free to run: content, a
 * specialist and site work cost money, so such a channel keeps its share of today's money like any channel the client
 * runs, and its leads release nothing to the paid lines (finding 100).
 */
public final class FreeLeads {

    /** Channels that bring leads with no price per lead. */
    private static final Set<Channel> FREE = Set.of(Channel.SEO_CONTENT, Channel.EMAIL, Channel.REFERRAL_PROGRAMME);

    private FreeLeads() {
    }

    /**
     * Whether a free channel that brings new clients (search) runs beside paid ones: its leads are in leads a month
     * even within the budget. E-mail and referrals are named where the figures exceed the budget, but they work on
     * clients already known, so within it the figures stay the paid channel's own.
     */
    static boolean acquisition(Answers answers) {
        return channels(answers).stream().anyMatch(channel -> channel.group() == Channel.Group.ACQUISITION);
    }

    /**
     * The most the client's paid channels cost over {@code months} by their own figures: leads × the cost of a lead
     * where free leads are counted in them ({@link PaidSpend#freeCounted}) — the brief calls it their upper bound, so
     * the plan's paid lines together stay within it (finding 101); no bound otherwise.
     */
    static double paidAtMost(Answers answers, int months) {
        return PaidSpend.freeCounted(answers) && !PaidSpend.aboveBudget(answers) ? PaidSpend.listed(answers) * months
                : Double.MAX_VALUE;
    }

    /**
     * The client's channels whose leads are free, in the order the client named them, where a channel paid per lead
     * runs beside them; empty where none run, or where nothing else does (then the figures are their own).
     */
    static List<Channel> channels(Answers answers) {
        List<Channel> running = answers.channels().stream().map(use -> Signals.toCatalogue(use.channel())).distinct().toList();
        List<Channel> free = running.stream().filter(FREE::contains).toList();
        return running.stream().anyMatch(channel -> !FREE.contains(channel)) ? free : List.of();
    }
}
