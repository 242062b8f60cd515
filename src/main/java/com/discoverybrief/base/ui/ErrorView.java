package com.discoverybrief.base.ui;

import com.discoverybrief.base.Failures;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a page that failed while opening shows instead of Vaadin's own error page, which would show
 * the stack trace in development mode: the failure in words (or, when nobody expected it, a reference
 * the user can quote), and the way back. More specific error views (not found, access denied) win.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private final transient Failures failures;

    public ErrorView(Failures failures) {
        this.failures = failures;
        addClassName("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Failures.Report report = failures.report(parameter.getCaughtException());
        removeAll();
        Paragraph text = new Paragraph(ErrorHandling.translate(this, report.message()));
        text.setId("error-text");
        add(new H1(getTranslation("error.title")), text, new Anchor("", getTranslation("notfound.home")));
        return switch (report.kind()) {
            case UNEXPECTED -> HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
            case SIGNED_OUT -> HttpStatusCode.UNAUTHORIZED.getCode();
            case REFUSED -> HttpStatusCode.BAD_REQUEST.getCode();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title") + " · " + getTranslation("app.name");
    }
}
