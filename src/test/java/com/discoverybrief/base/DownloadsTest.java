package com.discoverybrief.base;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Role;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A file link that fails tells the user why on the page (the browser can show nothing of a failed
 * download) and answers with a status, not a file: a role removed between the page and the click, a
 * database that stopped answering.
 */
class DownloadsTest extends KaribuTest {

    @Test
    void aRoleRemovedBeforeTheDownloadIsSaidOnThePage() throws Exception {
        VaadinResponse response = download(event -> {
            throw new AccessDeniedException("demoted a moment ago");
        });

        verify(response).setStatus(403);
        assertThat(notification()).startsWith("У вас больше нет доступа к этому действию");
    }

    @Test
    void aDatabaseThatStoppedAnsweringIsSaidOnThePage() throws Exception {
        VaadinResponse response = download(event -> {
            throw new DataAccessResourceFailureException("connection refused");
        });

        verify(response).setStatus(500);
        assertThat(notification()).isEqualTo(UI.getCurrent().getTranslation("error.database-unavailable"));
    }

    /** Without push, the page polls from the click until the download has ended, so the failure shows at once. */
    @Test
    void thePageAsksForNewsWhileTheDownloadRunsAndStopsWhenItEnds() throws Exception {
        signIn(Role.SALES);
        UI.getCurrent().navigate("");
        Anchor link = Downloads.link(event -> {
            throw new DataAccessResourceFailureException("connection refused");
        }, "brief.pdf");
        UI.getCurrent().add(link);

        BasicUtilsKt._fireDomEvent(link, "click");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(1_000);

        DownloadEvent event = new DownloadEvent(mock(VaadinRequest.class), mock(VaadinResponse.class),
                VaadinSession.getCurrent(), link.getElement());
        Downloads.told(event2 -> {
            throw new DataAccessResourceFailureException("connection refused");
        }).handleDownloadRequest(event);
        MockVaadin.clientRoundtrip(); // the next poll

        assertThat(notification()).isEqualTo(UI.getCurrent().getTranslation("error.database-unavailable"));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    private VaadinResponse download(DownloadHandler failing) throws Exception {
        signIn(Role.SALES);
        UI.getCurrent().navigate("");
        Anchor link = new Anchor();
        UI.getCurrent().add(link);
        VaadinResponse response = mock(VaadinResponse.class);
        DownloadEvent event = new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(),
                link.getElement());

        Downloads.told(failing).handleDownloadRequest(event);
        MockVaadin.clientRoundtrip(); // what ui.access queued runs, as on the next request
        return response;
    }

    private static String notification() {
        return getNotifications().stream().map(Notification::getElement)
                .map(element -> element.getProperty("text")).reduce((first, last) -> last).orElse(null);
    }
}
