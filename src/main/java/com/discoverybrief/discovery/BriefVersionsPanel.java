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
        AdviceText advice = AdviceText.of(getLocale());
        for (BriefVersionSummary version : versions) {
            String when = UserTime.dateTime(getLocale()).format(version.exportedAt().atZone(UserTime.zone()));
            ListItem item = new ListItem(getTranslation("brief-versions.item", version.number(), when,
                    version.exportedBy(), version.readiness(), version.rulesVersion()));
            item.setId("brief-version-" + version.number());
            if (version.changes() != null) {
                // what the client read in this brief that the one before did not say
                item.add(version.changes().isEmpty()
                        ? note(getTranslation("brief-versions.same", version.number() - 1))
                        : changeList(advice, version.changes()));
            }
            list.add(item);
        }
        add(list);
        changes.ifPresent(pending -> addChanges(advice, pending, versions.get(0).number()));
    }

    /**
     * What the next export would change compared with the newest brief: said as a preview, so that it is
     * not read as what the newest brief told the client.
     */
    private void addChanges(AdviceText advice, BriefChanges changes, int newest) {
        Div section = new Div();
        section.setId("brief-changes");
        section.add(new H4(getTranslation("brief-versions.pending", newest)));
        if (changes.isEmpty()) {
            section.add(new Paragraph(advice.noChanges(changes)));
        } else {
            section.add(new Paragraph(advice.changesTitle(changes)));
            section.add(changeList(advice, changes));
        }
        add(section);
    }

    private static UnorderedList changeList(AdviceText advice, BriefChanges changes) {
        UnorderedList list = new UnorderedList();
        list.addClassName("brief-change-list");
        for (BriefChanges.Change change : changes.changes()) {
            Span what = new Span(advice.change(change));
            what.addClassName("brief-change");
            ListItem item = new ListItem(what);
            Paragraph cause = new Paragraph(advice.changeCause(changes, change));
            cause.addClassName("brief-change-cause");
            item.add(cause);
            list.add(item);
        }
        return list;
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("summary-note");
        return note;
    }
}
