package com.discoverybrief.strategy;

/**
 * The client's own storefront already sells (finding 69): a social page with the portfolio brings paying clients
 * and there is no site. Clients choose there, by the work they see; a paid channel that needs a site (search
 * ads, SEO, a marketplace) would first need a site built and would sell less well than the page that already
 * pays. Such a channel is not added unless the client asks for it; the money goes to the storefront, maps,
 * reviews and referrals instead.
 */
final class OwnStorefront {

    private OwnStorefront() {
    }

    /** Whether a social page sells for the client and there is no site. */
    static boolean pays(Answers answers) {
        return Signals.siteMissing(answers) && Signals.profitsFrom(answers, Channel.SMM);
    }

    /** {@link VerdictReason#OWN_STOREFRONT_PAYS} for a new, unrequested channel that needs a site, else {@code null}. */
    static VerdictReason unfit(Answers answers, Channel channel, Draft draft) {
        boolean asked = answers.requestedChannels().stream().anyMatch(request -> request.channel() == channel);
        return channel.needsSite() && !asked && draft.stage() == Stage.TEST && !Signals.runs(answers, channel)
                && pays(answers) ? VerdictReason.OWN_STOREFRONT_PAYS : null;
    }
}
