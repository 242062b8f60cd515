package com.discoverybrief.strategy;

import java.util.List;

/**
 * A platform of an ad channel, as the client names it when one platform of the channel pays and another drains the
 * budget (finding 115: targeting pays in Telegram and drains in VK). No structured answer names the platform, so it
 * is read from the client's own words on their channels: the clause that says a platform pays names the platform the
 * reserve's first call goes to.
 */
public enum AdPlatform {
    TELEGRAM("telegram", "телеграм"),
    VK("вконтакте", "вк ", "вк,", "vk ", "vk,", "vkontakte"),
    INSTAGRAM("instagram", "инстаграм"),
    YANDEX("яндекс", "yandex"),
    GOOGLE("google", "гугл"),
    AVITO("авито", "avito");

    private final List<String> names;

    AdPlatform(String... names) {
        this.names = List.of(names);
    }

    /** Words that say a platform pays. */
    private static final List<String> PAYS = List.of("окупа", "приносит", "прибыл", "pays", "profit");
    /** Words that say a platform drains the budget. */
    private static final List<String> DRAINS = List.of("слива", "сливает", "убыт", "не окупа", "drain", "loses", "does not pay");

    /**
     * The platform that pays of a channel whose platforms the client says are split (one pays, another drains), as
     * the client names it in their words on the channels; {@code null} where no such channel is run, or the words
     * name no one platform that pays.
     */
    static AdPlatform paying(Answers answers, Channel channel) {
        boolean mixed = answers.channels().stream().anyMatch(use -> use.outcome() == ChannelOutcome.MIXED
                && Signals.toCatalogue(use.channel()) == channel);
        String words = answers.lowerCase(AnswerField.ONLINE_PRESENCE);
        if (!mixed || words == null) {
            return null;
        }
        AdPlatform found = null;
        for (String clause : words.split("[,;.]| а | but ")) {
            String padded = clause + " ";
            if (PAYS.stream().noneMatch(padded::contains) || DRAINS.stream().anyMatch(padded::contains)) {
                continue;
            }
            for (AdPlatform platform : values()) {
                if (platform.names.stream().anyMatch(padded::contains)) {
                    if (found != null && found != platform) {
                        return null;
                    }
                    found = platform;
                }
            }
        }
        return found;
    }

    /**
     * Whether the client's own account already tells which platform pays: their analytics count leads and sales, and
     * the channels' results are no assumption.
     */
    static boolean measured(Answers answers) {
        return answers.analytics() == AnalyticsLevel.YES
                && answers.evidence(AnswerField.CHANNELS) != Evidence.ASSUMPTION;
    }

    /** Whether a channel's paying platform is named and already measured as paying: it takes money from week 1. */
    public static boolean payingNow(Answers answers, Channel channel) {
        return measured(answers) && paying(answers, channel) != null;
    }
}
