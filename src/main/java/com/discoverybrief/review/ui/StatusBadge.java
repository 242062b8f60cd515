package com.discoverybrief.review.ui;

import com.discoverybrief.base.Translations;
import com.discoverybrief.discovery.SessionStatus;
import com.vaadin.flow.component.html.Span;

/** A session's status as a Lumo badge: returned stands out, reviewed is done. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(SessionStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(Translations.enumKey(status)));
        String theme = switch (status) {
            case DRAFT -> "badge contrast";
            case COMPLETED -> "badge";
            case REVIEWED -> "badge success";
            case RETURNED -> "badge error";
        };
        badge.getElement().getThemeList().add(theme);
        badge.addClassName("status-badge");
        return badge;
    }
}
