package com.discoverybrief.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds the reasons one rule gives, so every reason names the rule and the exact answer it read. */
record Cite(String rule) {

    /** The answer as the client gave it: its constants, an excerpt of its text or the number, or "not answered". */
    Reason answer(Answers answers, AnswerField field) {
        if (!answers.isAnswered(field)) {
            return Reason.missing(rule, field);
        }
        Object value = answers.valueOf(field);
        if (value instanceof String) {
            return Reason.quoting(rule, field, answers.excerpt(field));
        }
        if (value instanceof BigDecimal number) {
            return Reason.quoting(rule, field, StoredForm.format(number));
        }
        return new Reason(rule, field, constantsOf(value), null);
    }

    /** The answer, as a one-element list, for rules that cite a single field. */
    List<Reason> answers(Answers answers, AnswerField field) {
        return List.of(answer(answers, field));
    }

    /** The fields among these that the client has answered, quoted; unanswered ones are left out. */
    List<Reason> answered(Answers answers, AnswerField... fields) {
        List<Reason> reasons = new ArrayList<>();
        for (AnswerField field : fields) {
            if (answers.isAnswered(field)) {
                reasons.add(answer(answers, field));
            }
        }
        return reasons;
    }

    /** The fields among these that the client has not answered yet. */
    List<Reason> unanswered(Answers answers, AnswerField... fields) {
        List<Reason> reasons = new ArrayList<>();
        for (AnswerField field : fields) {
            if (!answers.isAnswered(field)) {
                reasons.add(Reason.missing(rule, field));
            }
        }
        return reasons;
    }

    Reason of(AnswerField field, Enum<?>... values) {
        return Reason.of(rule, field, values);
    }

    /** One channel in use and what it brings, e.g. "targeted ads — drains budget". */
    Reason use(ChannelUse use) {
        return Reason.of(rule, AnswerField.CHANNELS, use.channel(), use.outcome());
    }

    List<Reason> uses(List<ChannelUse> uses) {
        return uses.stream().map(this::use).toList();
    }

    /** One channel the client asked for and why, e.g. "SMM — competitors have it". */
    Reason request(ChannelRequest request) {
        return Reason.of(rule, AnswerField.REQUESTED_CHANNELS, request.channel(), request.motive());
    }

    static <T> List<T> concat(List<? extends T> first, List<? extends T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A choice as its constant; a list of channels as each channel followed by its outcome or motive. */
    static List<Enum<?>> constantsOf(Object value) {
        List<Enum<?>> values = new ArrayList<>();
        if (value instanceof Enum<?> constant) {
            values.add(constant);
        } else if (value instanceof List<?> items) {
            items.stream().distinct().forEach(item -> {
                if (item instanceof ChannelUse use) {
                    values.add(use.channel());
                    values.add(use.outcome());
                } else if (item instanceof ChannelRequest request) {
                    values.add(request.channel());
                    values.add(request.motive());
                }
            });
        }
        return values;
    }
}
