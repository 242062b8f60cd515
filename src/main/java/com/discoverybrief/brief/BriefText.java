package com.discoverybrief.brief;

import com.discoverybrief.base.Messages;
import com.discoverybrief.base.Translations;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Kpi;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The translation bundle in one language, with the key conventions the brief relies on. */
final class BriefText {

    private final ResourceBundle bundle;
    private final Locale locale;

    private BriefText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    static BriefText of(Locale locale) {
        return new BriefText(Translations.bundle(locale), locale);
    }

    Locale locale() {
        return locale;
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for a key with {n} filled in (the screens' rule, {@link Messages}); a missing key shows itself. */
    String get(String key, Object... args) {
        return Messages.format(has(key) ? bundle.getString(key) : key, args);
    }

    /**
     * A question's label as the brief prints it: a label the wizard words for the salesperson («Каналы,
     * которые хочет клиент») has its brief wording, {@code brief.field.<FIELD>.label}, when there is one —
     * the brief speaks to the client. A number's label drops its unit ("Доля повторных покупок, %"): the
     * brief prints the number with it ("40 %").
     */
    String fieldLabel(Enum<?> field) {
        String key = "field." + field.name() + ".label";
        String label = get(has("brief." + key) ? "brief." + key : key);
        return field instanceof AnswerField answer && answer.isNumber() ? label.replaceFirst(",\\s*[%₽]$", "") : label;
    }

    /** An enum constant's label: {@code enum.<SimpleName>.<CONSTANT>}. */
    String label(Enum<?> constant) {
        return get("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /**
     * The title of a piece of work: the channel's label, or the title of what it is for where its KPI names that —
     * the step of a free plan is the move to a paid one, not "the first weeks and why customers leave" (adv13h).
     */
    String title(Channel channel, Kpi kpi) {
        String key = "work." + channel.name() + "." + kpi.name();
        return has(key) ? get(key) : label(channel);
    }

    /**
     * A choice as a value after its question: "Размытое: «качество и сервис»" is an option on screen,
     * but after "Насколько ясно УТП:" it reads "Размытое («качество и сервис»)" — one colon per line.
     * An option with a brief wording of its own prints that instead.
     */
    String value(Enum<?> constant) {
        // an option whose examples help the salesperson choose ("Один раз (свадьба, ремонт)") prints its plain
        // value in the brief, brief.enum.<SimpleName>.<CONSTANT>: the examples may not be this client's business
        String key = "brief.enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        String label = has(key) ? get(key) : label(constant);
        int colon = label.indexOf(": ");
        return colon < 0 ? label : label.substring(0, colon) + " (" + label.substring(colon + 2) + ")";
    }

    String values(List<? extends Enum<?>> constants) {
        return String.join(" · ", constants.stream().map(this::value).toList());
    }

    String labelOrMissing(Enum<?> constant) {
        return constant == null ? get("brief.notGiven") : label(constant);
    }

    String labels(List<? extends Enum<?>> constants) {
        return String.join(" · ", constants.stream().map(this::label).toList());
    }

    String date(LocalDate date) {
        return date == null ? get("brief.notGiven")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
