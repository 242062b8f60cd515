package com.discoverybrief.discovery;

import com.discoverybrief.base.Downloads;
import com.discoverybrief.accounts.Actor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.function.Supplier;

/**
 * The "export JSON" link of a session screen or a list: the sessions in the documented format,
 * read under the actor's access rights when the file is requested (someone who may not see a
 * session gets a 404 and no file).
 */
public final class JsonDownload {

    private JsonDownload() {
    }

    public static Anchor link(SessionTransfer transfer, Supplier<Actor> actor, Supplier<List<Long>> ids,
            String fileName, String text) {
        DownloadHandler file = event -> {
            try {
                byte[] document = transfer.export(actor.get(), ids.get(), false);
                event.setFileName(fileName);
                event.setContentType("application/json");
                event.getOutputStream().write(document);
            } catch (SessionNotFoundException e) {
                Downloads.tell(event, e, HttpStatusCode.NOT_FOUND.getCode());
            }
        };
        Anchor link = Downloads.link(file, text);
        link.addClassName("download-brief");
        return link;
    }

    /** A file name for one session: the client's name in letters and digits, and the id. */
    public static String fileName(String client, long id) {
        String safe = client == null ? "" : client.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (safe.isEmpty() ? "session" : safe) + "-" + id + ".json";
    }
}
