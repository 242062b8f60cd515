package com.discoverybrief.strategy;

import java.util.List;
import java.util.Map;

/**
 * The seed's principles that no rule may break, enforced in one pass after all rules have been merged,
 * so a rule someone edits tomorrow cannot undo them:
 * <ol>
 * <li><b>A profitable channel is kept</b>: it is present and kept (measured) or scaled, never a test,
 * never waiting for anything — it already works.</li>
 * <li><b>Prerequisites come first, visibly</b>: every tool that talks to new people waits for the
 * audience research and the positioning while those gaps are open; search traffic (SEO, contextual
 * ads, marketplaces) waits for a site that captures enquiries; paid tests wait for analytics, a fix
 * of bad reviews, the leak of clients and the ceiling on what a client may cost; newsletters and
 * loyalty wait for a customer base. The work a tool waits for is added when no rule proposed it, and
 * the ranking never puts a tool above what it waits for.</li>
 * </ol>
 * The other principles hold by construction: every proposal carries a KPI and a horizon and cites an
 * answer ({@link Proposal}), and losing channels are dealt with first: measured and fixed by
 * {@code measure-before-spending}, or — a channel draining the budget of a company at the limit of its
 * capacity — switched off in the first step by {@code switch-off-at-capacity}.
 */
final class Invariants {

    static final String STRATEGY_BEFORE_TOOLS = "strategy-before-tools";
    static final String SITE_BEFORE_TRAFFIC = "site-before-traffic";

    private Invariants() {
    }

    static void keepProfitableChannels(Answers answers, Map<Channel, Draft> drafts) {
        for (Proposal kept : AcquisitionRules.KEEP_PROFITABLE_CHANNEL.fire(answers)) {
            Draft draft = drafts.get(kept.channel());
            if (draft == null) {
                draft = new Draft(kept);
                drafts.put(kept.channel(), draft);
            } else {
                draft.settle(kept);
            }
            draft.markProfitable();
        }
    }

    static void prerequisites(Answers answers, Map<Channel, Draft> drafts) {
        boolean audienceOpen = Signals.audienceUndefined(answers);
        boolean uspOpen = Signals.uspUnclear(answers);
        for (Draft draft : List.copyOf(drafts.values())) {
            if (draft.isKept()) {
                continue;
            }
            Channel channel = draft.channel();
            boolean talksToNewPeople = channel.needsPositioning() || channel == Channel.OPTIMISATION && uspOpen;
            if (talksToNewPeople && audienceOpen) {
                draft.requires(Channel.AUDIENCE_RESEARCH);
                draft.addReason(audienceGap(answers));
            }
            if (talksToNewPeople && uspOpen) {
                draft.requires(Channel.POSITIONING);
                draft.addReason(answers.uspClarity() == null ? Reason.missing(STRATEGY_BEFORE_TOOLS, AnswerField.USP_CLARITY)
                        : Reason.of(STRATEGY_BEFORE_TOOLS, AnswerField.USP_CLARITY, answers.uspClarity()));
            }
            if (channel.needsSite() && Signals.siteMissing(answers)) {
                ensure(drafts, site(answers));
                draft.requires(Channel.WEBSITE);
                draft.addReason(Reason.of(SITE_BEFORE_TRAFFIC, AnswerField.SITE, answers.site()));
            }
            boolean paid = channel.isPaidTraffic();
            if ((paid || channel == Channel.OPTIMISATION) && Signals.analyticsAbsent(answers)) {
                draft.requires(Channel.ANALYTICS_SETUP);
            }
            if (paid) {
                requireIfPresent(drafts, draft, Channel.REVIEWS_REPUTATION, answers.reviews() == Reviews.BAD);
                requireIfPresent(drafts, draft, Channel.ONBOARDING_CHURN, Signals.churnProblem(answers));
                requireIfPresent(drafts, draft, Channel.UNIT_ECONOMICS, true);
            }
            // a channel asked for on a hunch or because competitors have it, and proposed by nothing else,
            // waits for the numbers that will say whether it can pay
            if (draft.stage() == Stage.TEST && draft.need() == Need.CLIENT_IDEA
                    && channel.group() == Channel.Group.ACQUISITION) {
                for (Channel numbers : List.of(Channel.ANALYTICS_SETUP, Channel.UNIT_ECONOMICS, Channel.OPTIMISATION)) {
                    Draft step = drafts.get(numbers);
                    // the site is where enquiries are captured: it is built beside their handling, not after it
                    boolean siteBesideHandling = channel == Channel.WEBSITE && numbers == Channel.OPTIMISATION;
                    requireIfPresent(drafts, draft, numbers, step != null && step.stage() == Stage.DO_FIRST
                            && !siteBesideHandling);
                }
            }
            // points reward those who stay; first stop losing them in the first weeks
            requireIfPresent(drafts, draft, Channel.ONBOARDING_CHURN,
                    channel == Channel.LOYALTY_BRANDING && Signals.churnProblem(answers));
            if ((channel == Channel.EMAIL || channel == Channel.LOYALTY_BRANDING) && Signals.noCustomerBase(answers)) {
                ensure(drafts, base(answers));
                draft.requires(Channel.CRM_MARKETING);
            }
        }
        Draft website = drafts.get(Channel.WEBSITE);
        if (website != null && !website.isKept() && website.strongestRule().equals(SITE_BEFORE_TRAFFIC)) {
            // a site needed only for the traffic that waits for it weighs what that traffic weighs
            drafts.values().stream().filter(d -> d.prerequisites().contains(Channel.WEBSITE)).map(Draft::need)
                    .max(java.util.Comparator.comparingInt(Need::weight)).ifPresent(website::weighAs);
        }
        if (website != null && !website.isKept()) {
            // a site says who it is for and why: it is written after the positioning
            if (audienceOpen) {
                website.requires(Channel.AUDIENCE_RESEARCH);
            }
            if (uspOpen) {
                website.requires(Channel.POSITIONING);
            }
        }
        drafts.values().forEach(draft -> draft.prerequisites().removeIf(p -> !drafts.containsKey(p)));
    }

    private static void requireIfPresent(Map<Channel, Draft> drafts, Draft draft, Channel prerequisite, boolean when) {
        if (when && drafts.containsKey(prerequisite) && !drafts.get(prerequisite).isKept()) {
            draft.requires(prerequisite);
        }
    }

    private static void ensure(Map<Channel, Draft> drafts, Proposal closing) {
        Draft draft = drafts.get(closing.channel());
        if (draft == null) {
            drafts.put(closing.channel(), new Draft(closing));
        } else if (draft.stage() != Stage.DO_FIRST && !draft.isKept()) {
            draft.settle(closing);
        }
    }

    private static Proposal site(Answers answers) {
        return Proposal.doFirst(Channel.WEBSITE, Kpi.SITE_CONVERSION, Horizon.ONE_TO_THREE_MONTHS, Need.NO_SITE,
                List.of(Reason.of(SITE_BEFORE_TRAFFIC, AnswerField.SITE, answers.site())));
    }

    private static Proposal base(Answers answers) {
        return Proposal.doFirst(Channel.CRM_MARKETING, Kpi.REPEAT_PURCHASE_RATE, Horizon.THREE_TO_SIX_MONTHS,
                Need.BASE_UNKEPT, List.of(Reason.of(RetentionRules.baseRule(answers), AnswerField.CUSTOMER_BASE, answers.customerBase())));
    }

    /** The open audience gap as the answer that shows it: "everyone", or the first missing answer. */
    private static Reason audienceGap(Answers answers) {
        if (Signals.audienceBroad(answers)) {
            return Reason.of(STRATEGY_BEFORE_TOOLS, AnswerField.AUDIENCE_CLARITY, answers.audienceClarity());
        }
        return Reason.missing(STRATEGY_BEFORE_TOOLS,
                answers.isAnswered(AnswerField.SEGMENTS) ? AnswerField.PAINS : AnswerField.SEGMENTS);
    }
}
