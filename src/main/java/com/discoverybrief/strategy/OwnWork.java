package com.discoverybrief.strategy;

/**
 * Work on what the client already has — the enquiries that came in, the map card people already find, the partners who
 * already sell for them — rather than a new channel where the client has no presence yet (finding 131, 132). It is an
 * improvement, like the work on the base, the reviews and the conversion: it runs beside the new tests and takes none
 * of the plan's slots for tests at once. A map card that does not exist yet is created first and then tried as a new
 * test ({@link MapCard}).
 */
public final class OwnWork {

    private OwnWork() {
    }

    /**
     * Whether a recommendation works on what the client already has: a map card only where the client has one — a card
     * the client asked for that does not exist yet is a new presence, tried as a test (finding 150: 50's «На картах нет»).
     */
    public static boolean of(Answers answers, Recommendation recommendation) {
        Channel channel = recommendation.channel();
        return channel == Channel.LEAD_NURTURING || PartnerChurn.programme(recommendation)
                || channel == Channel.MAP_LISTINGS && answers.maps() != MapListings.NONE;
    }
}
