package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.base.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServlet;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Share a link to the brief" on a session screen: an account manager creates a read-only link for
 * the client (shown once, to copy), sees each link's state — active until a date, opened how often and
 * when, revoked, expired — and revokes one. Others who see the session see the list only.
 */
public class BriefSharing extends VerticalLayout {

    private final BriefShares shares;
    private final Supplier<Actor> actor;
    private final long sessionId;
    private final Div list = new Div();
    private final TextField created = new TextField();
    private final String contextPath;

    /**
     * The panel for a session screen, with the service from the running application (so the session
     * views' constructors stay as they are).
     */
    public static BriefSharing of(Supplier<Actor> actor, long sessionId) {
        return new BriefSharing(VaadinService.getCurrent().getInstantiator().getOrCreate(BriefShares.class), actor,
                sessionId);
    }

    public BriefSharing(BriefShares shares, Supplier<Actor> actor, long sessionId) {
        this.shares = shares;
        this.actor = actor;
        this.sessionId = sessionId;
        VaadinServlet servlet = VaadinServlet.getCurrent();
        this.contextPath = servlet == null ? "" : servlet.getServletContext().getContextPath();
        setId("brief-sharing");
        setPadding(false);
        setSpacing(false);
        add(new H3(getTranslation("share.title")));
        add(new Paragraph(getTranslation("share.hint")));
        if (actor.get().has(Role.ACCOUNT_MANAGER)) {
            Button create = new Button(getTranslation("share.create"), event -> create());
            create.setId("share-create");
            created.setId("share-link-url");
            created.setReadOnly(true);
            created.setWidthFull();
            created.setVisible(false);
            created.setLabel(getTranslation("share.created"));
            created.addFocusListener(event -> created.getElement().executeJs("this.inputElement.select()"));
            add(create, created);
        }
        list.setId("share-links");
        list.setWidthFull();
        add(list);
        refresh();
    }

    private void create() {
        BriefShares.Created link = shares.create(actor.get(), sessionId);
        String path = contextPath + SharedBriefController.PATH + link.token();
        getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url -> {
            created.setValue(url.getProtocol() + "://" + url.getAuthority() + path);
            created.setVisible(true);
            created.focus();
        }));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<BriefShare> links = shares.list(actor.get(), sessionId);
        if (links.isEmpty()) {
            list.add(new Span(getTranslation("share.none")));
            return;
        }
        DateTimeFormatter time = UserTime.dateTime(getLocale());
        boolean manager = actor.get().has(Role.ACCOUNT_MANAGER);
        for (BriefShare link : links) {
            String state;
            if (link.revokedAt() != null) {
                state = getTranslation("share.state.revoked", time.format(link.revokedAt()));
            } else if (!link.active()) {
                state = getTranslation("share.state.expired", time.format(link.expiresAt()));
            } else {
                state = getTranslation("share.state.active", time.format(link.expiresAt()));
            }
            String opened = link.openedCount() == 0 ? getTranslation("share.opened.never")
                    : getTranslation("share.opened", link.openedCount(), time.format(link.firstOpenedAt()),
                            time.format(link.lastOpenedAt()));
            Span line = new Span(getTranslation("share.line", time.format(link.createdAt()), link.createdBy(), state,
                    opened));
            line.addClassName("share-line");
            HorizontalLayout row = new HorizontalLayout(line);
            row.setId("share-link-" + link.id());
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.getStyle().set("flex-wrap", "wrap");
            if (manager && link.active()) {
                Button revoke = new Button(getTranslation("share.revoke"), event -> {
                    shares.revoke(actor.get(), sessionId, link.id());
                    created.setVisible(false);
                    refresh();
                });
                revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                revoke.setId("share-revoke-" + link.id());
                row.add(revoke);
            }
            list.add(row);
        }
    }
}
