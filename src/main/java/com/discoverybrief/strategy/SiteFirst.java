package com.discoverybrief.strategy;

import java.util.List;
import java.util.Map;

/**
 * Search said to pay while there is no site (findings 24, 50, 56): most likely the calls come from the map
 * card or classifieds, so the claim is verified first ({@link Verification}), the site is built first, and
 * no money goes into search before it exists — the kept search line gets nothing in this plan. A
 * marketplace is its own storefront and is not held to this.
 */
final class SiteFirst {

    private SiteFirst() {
    }

    /** A kept search channel (SEO, contextual ads) the client runs with no site that captures enquiries. */
    static boolean searchWithoutSite(Answers answers, Channel channel) {
        return (channel == Channel.SEO_CONTENT || channel == Channel.CONTEXTUAL_ADS) && Signals.siteMissing(answers)
                && Signals.runs(answers, channel);
    }

    /** The site comes first where search is kept without one: added when no rule proposed it. */
    static void apply(Answers answers, Map<Channel, Draft> drafts) {
        boolean needed = drafts.values().stream().anyMatch(d -> d.isKept() && searchWithoutSite(answers, d.channel()));
        Draft website = drafts.get(Channel.WEBSITE);
        if (!needed || website != null && (website.isKept() || website.stage() == Stage.DO_FIRST)) {
            return;
        }
        Proposal site = Proposal.doFirst(Channel.WEBSITE, Kpi.SITE_CONVERSION, Horizon.ONE_TO_THREE_MONTHS, Need.NO_SITE,
                List.of(Reason.of(Invariants.SITE_BEFORE_TRAFFIC, AnswerField.SITE, answers.site())));
        if (website == null) {
            drafts.put(Channel.WEBSITE, new Draft(site));
        } else {
            website.settle(site);
        }
    }
}
