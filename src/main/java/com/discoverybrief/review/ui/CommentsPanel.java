package com.discoverybrief.review.ui;

import com.discoverybrief.base.UserTime;
import com.discoverybrief.base.Translations;
import com.discoverybrief.discovery.Comment;
import com.discoverybrief.discovery.Limits;
import com.discoverybrief.discovery.StatusChange;
import com.discoverybrief.discovery.ReviewedSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Predicate;

/** The status history (who, when) and the comment thread with a field to add to it. */
class CommentsPanel extends Div {

    /** @param names display names of the people in the history and the comments, by username */
    CommentsPanel(ReviewedSession session, Map<String, String> names, Predicate<String> onComment) {
        this(session, names, onComment, "");
    }

    /** @param draft a comment typed and not yet added, carried over when the screen is drawn again */
    CommentsPanel(ReviewedSession session, Map<String, String> names, Predicate<String> onComment, String draft) {
        addClassName("review-comments");
        DateTimeFormatter format = UserTime.dateTime(getLocale());

        UnorderedList history = new UnorderedList();
        history.setId("review-history");
        history.addClassName("review-history");
        for (StatusChange change : session.history()) {
            history.add(new ListItem(getTranslation("review.history.entry",
                    getTranslation(Translations.enumKey(change.status())), names.getOrDefault(change.actor(), change.actor()), format.format(change.at()))));
        }
        if (session.history().isEmpty()) {
            history.add(new ListItem(getTranslation("review.history.none")));
        }

        UnorderedList thread = new UnorderedList();
        thread.setId("review-thread");
        thread.addClassName("comment-thread");
        for (Comment comment : session.comments()) {
            Span meta = new Span(getTranslation("review.comment.meta", names.getOrDefault(comment.author(), comment.author()), format.format(comment.writtenAt())));
            meta.addClassName("comment-meta");
            thread.add(new ListItem(meta, new Paragraph(comment.text())));
        }
        if (session.comments().isEmpty()) {
            thread.add(new ListItem(getTranslation("review.comments.none")));
        }

        TextArea text = new TextArea(getTranslation("review.comment"));
        text.setId("comment-text");
        text.setMaxLength(Limits.COMMENT);
        text.setWidthFull();
        text.setValue(draft == null ? "" : draft);
        Button add = new Button(getTranslation("review.comment.add"), click -> {
            if (onComment.test(text.getValue())) {
                text.clear();
            }
        });
        add.setId("comment-add");
        add(new H2(getTranslation("review.history")), history, new H2(getTranslation("review.comments")), thread, text, add);
    }
}
