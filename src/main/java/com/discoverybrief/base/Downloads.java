package com.discoverybrief.base;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import org.springframework.security.access.AccessDeniedException;

/**
 * A download that fails says why on the page, in the user's language, as a failed click does (the
 * session's error handler): a file link gives the browser nothing it could show, so without this
 * a role removed a moment ago or a database that stopped answering ended as a bare server error.
 * The app has no push, so while a download runs the page asks for news every second (from the click
 * until the file is written, at most {@link #WATCH}): a failure shows at once, not on the next click.
 */
public final class Downloads {

    private static final int POLL_MILLIS = 1_000;
    static final Duration WATCH = Duration.ofSeconds(30);

    private Downloads() {
    }

    /** A file link whose failure is told on the page as soon as it happens. */
    public static Anchor link(DownloadHandler handler, String text) {
        Anchor link = new Anchor(told(handler), AttachmentType.DOWNLOAD, text);
        link.getElement().addEventListener("click", click -> link.getUI().ifPresent(Downloads::watch));
        return link;
    }

    /** The handler, with any failure told on the page, and the page's polling ended when it is done. */
    static DownloadHandler told(DownloadHandler handler) {
        DownloadHandler saying = saying(handler);
        return event -> {
            try {
                saying.handleDownloadRequest(event);
            } finally {
                UI ui = event.getUI();
                if (ui != null) {
                    ui.access(() -> unwatch(ui));
                }
            }
        };
    }

    /** The page polls until the download has ended or {@link #WATCH} has passed, whichever comes first. */
    static void watch(UI ui) {
        unwatch(ui);
        long until = System.nanoTime() + WATCH.toNanos();
        ui.setPollInterval(POLL_MILLIS);
        Registration polls = ui.addPollListener(poll -> {
            if (System.nanoTime() - until > 0) {
                unwatch(ui);
            }
        });
        ComponentUtil.setData(ui, Watch.class, new Watch(polls));
    }

    private static void unwatch(UI ui) {
        Watch watch = ComponentUtil.getData(ui, Watch.class);
        if (watch != null) {
            watch.polls().remove();
            ComponentUtil.setData(ui, Watch.class, null);
            ui.setPollInterval(-1);
        }
    }

    private record Watch(Registration polls) {
    }

    /** The handler, with any failure told on the page and answered with a status instead of a file. */
    private static DownloadHandler saying(DownloadHandler handler) {
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
