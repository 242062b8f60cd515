package com.discoverybrief.discovery;

import com.discoverybrief.base.UserTime;
import com.discoverybrief.brief.AdviceText;
import com.discoverybrief.brief.BriefChanges;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;

/**
 * The briefs exported so far, newest first, and what the next brief would change compared with the
 * last one: the same sentences the PDF prints ({@link AdviceText}). Shown on the review screen.
 */
public class BriefVersionsPanel extends Div {

    public BriefVersionsPanel(List<BriefVersionSummary> versions, Optional<BriefChanges> changes) {
        addClassName("brief-versions");
        setId("brief-versions");
        add(new H3(getTranslation("brief-versions.title")));
        if (versions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("brief-versions.none"));
            none.addClassName("summary-note");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("brief-version-list");
        for (BriefVersionSummary version : versions) {
            String when = UserTime.dateTime(getLocale()).format(version.exportedAt().atZone(UserTime.zone()));
            list.add(new ListItem(getTranslation("brief-versions.item", version.number(), when, version.exportedBy(),
                    version.readiness(), version.rulesVersion())));
        }
        add(list);
        changes.ifPresent(this::addChanges);
    }

    private void addChanges(BriefChanges changes) {
        AdviceText advice = AdviceText.of(getLocale());
        Div section = new Div();
        section.setId("brief-changes");
        section.add(new H4(advice.changesTitle(changes)));
        if (changes.isEmpty()) {
            section.add(new Paragraph(advice.noChanges(changes)));
        } else {
            UnorderedList list = new UnorderedList();
            for (BriefChanges.Change change : changes.changes()) {
                Span what = new Span(advice.change(change));
                what.addClassName("brief-change");
                ListItem item = new ListItem(what);
                Paragraph cause = new Paragraph(advice.changeCause(changes, change));
                cause.addClassName("brief-change-cause");
                item.add(cause);
                list.add(item);
            }
            section.add(list);
        }
        add(section);
    }
}
