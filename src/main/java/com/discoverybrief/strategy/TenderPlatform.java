package com.discoverybrief.strategy;

import java.util.Map;

/**
 * A business supplier living on one tender platform (finding 113: an FTL carrier on B2B-Center). A tender is an
 * auction and a one-off order at a thin margin: the platform's line is judged on the margin of the tenders won, not
 * on a cost per client paid back by repeat orders, and it is held at today's tariffs, not scaled. Its title reads as
 * what it is — tender platforms — where the client's own words name tenders; the catalogue keeps one marketplace
 * channel. The direct sales beside it need a person to make the calls: where the client says the salespeople are busy,
 * the line says its money is first of all that person.
 */
final class TenderPlatform {

    /** Why a tender platform is judged on its margin per won order. */
    static final String MARGIN = "tender-platform-margin";
    /** Who makes the direct-sales calls when the salespeople are busy. */
    static final String SELLER = "direct-sales-seller";

    private TenderPlatform() {
    }

    /** Whether the client's own words name tenders. */
    static boolean named(Answers answers) {
        return field(answers) != null;
    }

    /**
     * The first of the client's words that names tenders, or {@code null}: where the client describes the channels
     * (the platform by name) before the rest.
     */
    private static AnswerField field(Answers answers) {
        for (AnswerField field : java.util.stream.Stream.concat(java.util.stream.Stream.of(AnswerField.ONLINE_PRESENCE,
                AnswerField.CONSTRAINTS), java.util.Arrays.stream(AnswerField.values())).toList()) {
            String words = answers.lowerCase(field);
            if (words != null && (words.contains("тендер") || words.contains("tender"))) {
                return field;
            }
        }
        return null;
    }

    /** Whether the platform the business supplier depends on is a tender platform the client runs. */
    static boolean platform(Answers answers, Channel channel) {
        return channel == Channel.MARKETPLACES && PlatformDependence.businessBuyers(answers)
                && Signals.runs(answers, channel) && named(answers);
    }

    /** Whether the client's constraints say the salespeople are busy with other work. */
    static boolean sellersBusy(Answers answers) {
        String words = answers.lowerCase(AnswerField.CONSTRAINTS);
        if (words == null) {
            return false;
        }
        boolean sellers = words.contains("продаж") || words.contains("продавц") || words.contains("менеджер")
                || words.contains("sales") || words.contains("seller");
        boolean busy = words.contains("занят") || words.contains("загружен") || words.contains("не успева")
                || words.contains("busy") || words.contains("tied up") || words.contains("no time");
        return sellers && busy;
    }

    /** The tender platform is measured by the margin of the tenders won; the direct sales name who calls. */
    static void apply(Answers answers, Map<Channel, Draft> drafts) {
        Draft platform = drafts.get(Channel.MARKETPLACES);
        if (platform != null && platform(answers, Channel.MARKETPLACES)) {
            platform.measureBy(Kpi.MARGIN_PER_SALE);
            // held at today's tariffs and judged per tender: not "more money once the numbers show profit"
            platform.forget(MeasurementRules.RUNNING_CHANNEL.id());
            platform.addReason(new Cite(MARGIN).answer(answers, field(answers)));
        }
        Draft outreach = drafts.get(Channel.COLD_OUTREACH);
        if (outreach != null && sellersBusy(answers)) {
            outreach.addReason(new Cite(SELLER).answer(answers, AnswerField.CONSTRAINTS));
        }
    }

    /** Whether a plan line is the tender platform's: held at today's tariffs, judged on the margin of won tenders. */
    static boolean line(Channel channel, Kpi kpi) {
        return channel == Channel.MARKETPLACES && kpi == Kpi.MARGIN_PER_SALE;
    }
}
