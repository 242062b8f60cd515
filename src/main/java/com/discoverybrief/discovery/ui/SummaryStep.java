package com.discoverybrief.discovery.ui;

import com.discoverybrief.base.Translations;
import com.discoverybrief.brief.AdviceText;
import com.discoverybrief.discovery.AdviceViews;
import com.discoverybrief.discovery.SessionAssessment;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.ChecklistItem;
import com.discoverybrief.strategy.Fact;
import com.discoverybrief.strategy.Gap;
import com.discoverybrief.strategy.Level;
import com.discoverybrief.strategy.LevelAssessment;
import com.discoverybrief.strategy.Reason;
import com.discoverybrief.strategy.Recommendation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The last step: the three levels with readiness and what is still to ask, the recommendations with
 * the answers behind each, and the "before any ads" checklist. Actions (complete, recompute,
 * download) are passed in by the wizard.
 */
class SummaryStep extends VerticalLayout {

    /** The engine's recommendations with the answers behind each, as the rules made them. */
    private final Div engineRecommendations;

    SummaryStep(SessionAssessment result, String summaryParagraph, List<Component> actions) {
        addClassName("summary-step");
        setPadding(false);
        Assessment assessment = result.assessment();
        add(new H2(getTranslation("wizard.summary.title")));
        if (result.kept()) {
            Paragraph kept = new Paragraph(getTranslation("wizard.summary.kept", assessment.rulesVersion()));
            kept.addClassNames("summary-note", "internal");
            add(kept);
            if (result.answersChanged()) {
                Paragraph changed = new Paragraph(getTranslation("wizard.summary.changed"));
                changed.addClassNames("summary-note", "summary-warning");
                add(changed);
            }
        }
        Paragraph summary = new Paragraph(summaryParagraph);
        summary.addClassName("summary-paragraph");
        summary.setId("summary-paragraph");
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.add(actions.toArray(Component[]::new));
        buttons.setWrap(true);

        Div levels = new Div();
        levels.addClassName("levels");
        for (Level level : Level.values()) {
            levels.add(level(assessment.level(level)));
        }
        engineRecommendations = recommendations(assessment);
        add(summary, buttons, levels, engineRecommendations);
        AdviceViews.verdicts(assessment, getLocale()).forEach(this::add);
        add(AdviceViews.testPlan(assessment, getLocale()), checklist(assessment.beforeAdsChecklist()));
    }

    /** The final plan with the account manager's adjustments, shown above the engine's recommendations. */
    void showPlan(Component plan) {
        addComponentAtIndex(indexOf(engineRecommendations), plan);
    }

    private Div level(LevelAssessment level) {
        Div card = new Div();
        card.addClassName("level-card");
        card.setId("level-" + level.level().name());
        ProgressBar readiness = new ProgressBar(0, 100, level.readiness());
        readiness.getElement().setAttribute("aria-label", getTranslation("wizard.summary.readiness-of",
                getTranslation(Translations.enumKey(level.level()))));
        Span figure = new Span(getTranslation("wizard.summary.readiness", level.readiness()));
        figure.addClassNames("readiness-figure", "internal");
        readiness.addClassName("internal");
        card.add(new H3(getTranslation(Translations.enumKey(level.level()))), figure, readiness);
        Component caps = AdviceViews.caps(level, getLocale());
        if (caps != null) {
            card.add(caps);
        }
        card.add(new H4(getTranslation("wizard.summary.known")));
        UnorderedList known = new UnorderedList();
        level.known().forEach(fact -> known.add(new ListItem(fact(fact))));
        if (level.known().isEmpty()) {
            known.add(new ListItem(getTranslation("wizard.summary.nothing-yet")));
        }
        card.add(known, new H4(getTranslation("wizard.summary.unknown")));
        UnorderedList gaps = new UnorderedList();
        for (Gap gap : level.gaps()) {
            gaps.add(new ListItem(getTranslation("field." + gap.field().name() + ".gap")));
        }
        card.add(gaps);
        return card;
    }

    private Div recommendations(Assessment assessment) {
        List<Recommendation> recommendations = assessment.recommendations();
        Div section = new Div(new H3(getTranslation("wizard.summary.recommendations")));
        section.addClassName("recommendations");
        OrderedList list = new OrderedList();
        list.setId("recommendations");
        for (Recommendation recommendation : recommendations) {
            ListItem item = new ListItem();
            item.addClassName("recommendation");
            Span channel = new Span(AdviceViews.title(recommendation, assessment, getLocale(),
                    getTranslation(Translations.enumKey(recommendation.channel()))));
            channel.addClassName("recommendation-channel");
            Span stage = new Span(AdviceViews.stage(recommendation, assessment, getLocale()));
            stage.getElement().getThemeList().add("badge " + badge(recommendation));
            Paragraph facts = new Paragraph(AdviceViews.facts(recommendation, assessment, getLocale(),
                    getTranslation("wizard.summary.kpi-horizon",
                            getTranslation(Translations.enumKey(AdviceViews.kpi(recommendation, assessment))),
                            getTranslation(Translations.enumKey(recommendation.horizon())))));
            facts.addClassName("recommendation-facts");
            item.add(new Div(channel, stage), facts);
            AdviceViews.notes(recommendation, recommendations, getLocale()).forEach(item::add);
            UnorderedList reasons = new UnorderedList();
            reasons.addClassName("reasons");
            // the answers each rule read, then the rule's sentence once
            Map<String, List<Reason>> byRule = new LinkedHashMap<>();
            recommendation.reasons().forEach(r -> byRule.computeIfAbsent(r.rule(), k -> new ArrayList<>()).add(r));
            byRule.forEach((rule, cited) -> reasons.add(new ListItem(reasons(rule, cited))));
            item.add(new Span(getTranslation("wizard.summary.why")), reasons);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Div checklist(List<ChecklistItem> items) {
        Div section = new Div(new H3(getTranslation("wizard.summary.checklist")));
        section.addClassName("checklist");
        UnorderedList list = new UnorderedList();
        for (ChecklistItem item : items) {
            ListItem entry = new ListItem(getTranslation(item.done() ? "wizard.summary.done" : "wizard.summary.todo",
                    getTranslation(Translations.enumKey(item.check()))));
            entry.addClassName(item.done() ? "check-done" : "check-todo");
            list.add(entry);
        }
        section.add(list);
        return section;
    }

    private String fact(Fact fact) {
        return describe(fact.field(), fact.values(), fact.excerpt()) + AdviceViews.evidenceMark(fact.evidence(), getLocale());
    }

    /** "The rule's sentence — Q2 · How clear is the USP: Vague; Q2 · USP: «…»". */
    private String reasons(String rule, List<Reason> cited) {
        String answers = cited.stream().map(reason -> getTranslation("wizard.summary.question-ref",
                        reason.field().question().number(), describe(reason.field(), reason.values(), reason.excerpt())
                                + AdviceViews.evidenceMark(reason.evidence(), getLocale())))
                .collect(Collectors.joining("; "));
        String ruleKey = "rule." + rule;
        String sentence = getTranslation(ruleKey);
        return sentence.equals(ruleKey) || sentence.startsWith("!") ? answers : sentence + " — " + answers;
    }

    private String describe(AnswerField field, List<Enum<?>> values, String excerpt) {
        String label = getTranslation("field." + field.name() + ".label");
        String chosen = values.stream().map(v -> getTranslation(Translations.enumKey(v))).collect(Collectors.joining(", "));
        String quoted = excerpt == null || excerpt.isBlank() ? "" : number(field, excerpt);
        String value = String.join(" ", List.of(chosen, quoted)).strip();
        return value.isEmpty() ? getTranslation("wizard.summary.not-answered", label) : label + ": " + value;
    }

    /** A number with its unit; the client's words in quotes. */
    private String number(AnswerField field, String excerpt) {
        BigDecimal number = field.isNumber() ? NumberAnswerField.parse(excerpt) : null;
        return number == null ? "«" + excerpt + "»"
                : AdviceText.of(getLocale()).number(number, field.range().unit());
    }

    private static String badge(Recommendation recommendation) {
        return switch (recommendation.stage()) {
            case DO_FIRST -> "primary";
            case TEST -> "contrast";
            case SCALE, KEEP -> "success";
        };
    }
}
