package com.discoverybrief.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the signed-in user while a view was opening (method security). The user sees
 * exactly the not-found page, so a refusal reveals nothing; the audit log gets the details.
 */
@PermitAll
public class AccessDeniedErrorView extends Div implements HasErrorParameter<AccessDeniedException> {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        AUDIT.warn("access denied opening '{}': {}", event.getLocation().getPath(), parameter.getException().getMessage());
        return showNotFound(this, event);
    }

    /**
     * Fills the container with exactly what the base's not-found page shows (same texts, same class),
     * which belongs to another module and so is rebuilt here rather than reused.
     */
    static int showNotFound(Div container, BeforeEnterEvent event) {
        VerticalLayout notFound = new VerticalLayout(new H1(container.getTranslation("notfound.title")),
                new Paragraph(container.getTranslation("notfound.text")),
                new Anchor("", container.getTranslation("notfound.home")));
        notFound.addClassName("not-found");
        container.removeAll();
        container.add(notFound);
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
