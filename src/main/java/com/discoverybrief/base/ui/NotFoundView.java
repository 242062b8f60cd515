package com.discoverybrief.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * What anyone sees for an address that does not exist or that they may not open. It says the same
 * in both cases, so nobody learns whether a colleague's session exists.
 */
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("not-found");
        add(new H1(getTranslation("notfound.title")), new Paragraph(getTranslation("notfound.text")),
                new Anchor("", getTranslation("notfound.home")));
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title") + " · " + getTranslation("app.name");
    }
}
