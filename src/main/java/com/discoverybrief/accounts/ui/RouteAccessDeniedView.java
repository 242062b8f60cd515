package com.discoverybrief.accounts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A signed-in user opened a route their roles do not allow. They see exactly the not-found page,
 * in development mode as well (Vaadin's own page would name the view there); the audit log gets who
 * and where.
 */
@PermitAll
public class RouteAccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        AUDIT.warn("access denied to route '{}'", event.getLocation().getPath());
        return AccessDeniedErrorView.showNotFound(this, event);
    }
}
