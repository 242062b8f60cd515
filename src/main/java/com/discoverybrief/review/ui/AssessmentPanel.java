package com.discoverybrief.review.ui;

import com.discoverybrief.base.Translations;
import com.discoverybrief.discovery.AdviceViews;
import com.discoverybrief.discovery.SessionAssessment;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.Level;
import com.discoverybrief.strategy.Recommendation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The assessment read-only: readiness per level as bars and the prioritised recommendations. The
 * wizard's summary step is the salesperson's working view; this is the short version a lead reads.
 */
class AssessmentPanel extends Div {

    AssessmentPanel(SessionAssessment result) {
        addClassName("review-assessment");
        setId("review-assessment");
        Assessment assessment = result.assessment();
        add(new H2(getTranslation("wizard.summary.title")));
        if (result.kept()) {
            Paragraph kept = new Paragraph(getTranslation("wizard.summary.kept", assessment.rulesVersion()));
            kept.addClassName("summary-note");
            add(kept);
        }
        for (Level level : Level.values()) {
            int readiness = assessment.level(level).readiness();
            add(Bars.bar(getTranslation(Translations.enumKey(level)), readiness, 100,
                    getTranslation("review.readiness-value", readiness)));
            Component caps = AdviceViews.caps(assessment.level(level), getLocale());
            if (caps != null) {
                add(caps);
            }
            Component assumed = AdviceViews.assumptions(assessment.level(level), getLocale());
            if (assumed != null) {
                add(assumed);
            }
        }
        OrderedList recommendations = new OrderedList();
        recommendations.setId("review-recommendations");
        for (Recommendation recommendation : assessment.recommendations()) {
            Span stage = new Span(AdviceViews.stage(recommendation, assessment, getLocale()));
            stage.getElement().getThemeList().add("badge contrast small");
            Span channel = new Span(AdviceViews.title(recommendation, assessment, getLocale(),
                    getTranslation(Translations.enumKey(recommendation.channel()))));
            channel.addClassName("recommendation-channel");
            Span facts = new Span(AdviceViews.facts(recommendation, assessment, getLocale(),
                    getTranslation("wizard.summary.kpi-horizon",
                            getTranslation(Translations.enumKey(AdviceViews.kpi(recommendation, assessment))),
                            getTranslation(Translations.enumKey(recommendation.horizon())))));
            facts.addClassName("recommendation-facts");
            ListItem item = new ListItem(channel, stage, new Div(facts));
            AdviceViews.notes(recommendation, assessment.recommendations(), getLocale()).forEach(item::add);
            item.addClassName("recommendation");
            recommendations.add(item);
        }
        add(new Div(new Span(getTranslation("wizard.summary.recommendations"))), recommendations);
        AdviceViews.verdicts(assessment, getLocale()).forEach(this::add);
        add(AdviceViews.testPlan(assessment, getLocale()));
    }
}
