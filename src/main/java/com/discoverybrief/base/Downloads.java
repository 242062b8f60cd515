package com.discoverybrief.base;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.springframework.security.access.AccessDeniedException;

/**
 * A download that fails says why on the page, in the user's language, as a failed click does (the
 * session's error handler): a file link gives the browser nothing it could show, so without this
 * a role removed a moment ago or a database that stopped answering ended as a bare server error.
 */
public final class Downloads {

    private Downloads() {
    }

    /** The handler, with any failure told on the page and answered with a status instead of a file. */
    public static DownloadHandler saying(DownloadHandler handler) {
        return event -> {
            try {
                handler.handleDownloadRequest(event);
            } catch (RuntimeException failure) {
                tell(event, failure, failure instanceof AccessDeniedException
                        ? HttpStatusCode.FORBIDDEN.getCode() : HttpStatusCode.INTERNAL_SERVER_ERROR.getCode());
            }
        };
    }

    /** Answers the browser with {@code status} and shows the failure's message on the page the link is on. */
    public static void tell(DownloadEvent event, RuntimeException failure, int status) {
        event.getResponse().setStatus(status);
        ErrorHandler errors = event.getSession().getErrorHandler();
        event.getUI().access(() -> errors.error(new ErrorEvent(failure, event.getOwningElement().getNode())));
    }
}
