package com.discoverybrief.discovery.ui;

import com.discoverybrief.base.UserTime;
import com.discoverybrief.discovery.Comment;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The lead's comments on the summary step, so the salesperson reads what to work on where they work. */
class CommentThread extends Div {

    CommentThread(List<Comment> comments, Map<String, String> names) {
        addClassName("comment-thread");
        setId("comment-thread");
        DateTimeFormatter format = UserTime.dateTime(getLocale());
        UnorderedList list = new UnorderedList();
        for (Comment comment : comments) {
            Span meta = new Span(getTranslation("review.comment.meta", names.getOrDefault(comment.author(), comment.author()), format.format(comment.writtenAt())));
            meta.addClassName("comment-meta");
            list.add(new ListItem(meta, new Paragraph(comment.text())));
        }
        add(new H3(getTranslation("review.comments")), list);
    }
}
