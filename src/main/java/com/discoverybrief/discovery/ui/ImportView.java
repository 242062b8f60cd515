package com.discoverybrief.discovery.ui;

import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.discovery.ImportProblem;
import com.discoverybrief.discovery.SessionTransfer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Import sessions from a JSON file another installation (or this one) exported: the file is checked
 * whole — its schema and every value — and either every session is imported or none, with each
 * problem shown beside its place in the file.
 */
@Route("import")
@Menu(order = 4, icon = "vaadin:upload", title = "transfer.import.menu")
@RolesAllowed({"ACCOUNT_MANAGER", "ADMIN"})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final SessionTransfer transfer;
    private final CurrentActor currentActor;

    private final Upload upload;
    private final Div result = new Div();
    private final Grid<ImportProblem> problems = new Grid<>();

    public ImportView(SessionTransfer transfer, CurrentActor currentActor) {
        this.transfer = transfer;
        this.currentActor = currentActor;
        addClassName("import-view");
        add(new H2(getTranslation("transfer.import.title")));
        add(new Paragraph(getTranslation("transfer.import.hint", SessionTransfer.FORMAT, SessionTransfer.FORMAT_VERSION,
                SessionTransfer.MAX_BYTES / 1024 / 1024)));

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> imported(metadata.fileName(), bytes)));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SessionTransfer.MAX_BYTES);
        upload.setUploadButton(new Button(getTranslation("transfer.import.button")));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("transfer.import.drop")));
        upload.addFileRejectedListener(rejected -> Notification.show(
                getTranslation("transfer.import.too-large", SessionTransfer.MAX_BYTES / 1024 / 1024), 5_000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));

        result.setId("import-result");
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(ImportProblem::path).setHeader(getTranslation("transfer.import.path")).setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                .setHeader(getTranslation("transfer.import.problem")).setFlexGrow(1);
        problems.addClassName("import-problems");
        problems.setVisible(false);
        problems.setAllRowsVisible(true);
        add(upload, result, problems);
    }

    /** Runs in the upload's request; the screen is changed under the UI's lock. */
    private void imported(String fileName, byte[] bytes) {
        UI ui = getUI().orElseThrow();
        SessionTransfer.ImportResult outcome = transfer.importSessions(currentActor.get(), bytes);
        ui.access(() -> show(fileName, outcome));
    }

    private void show(String fileName, SessionTransfer.ImportResult outcome) {
        result.removeAll();
        upload.clearFileList();
        if (outcome.succeeded()) {
            problems.setVisible(false);
            Paragraph done = new Paragraph(getTranslation("transfer.import.done", outcome.imported().size()));
            done.setId("import-done");
            result.add(done);
            if (currentActor.get().mayStartSessions()) {
                List<Anchor> links = outcome.imported().stream()
                        .map(id -> new Anchor("session/" + id, getTranslation("transfer.import.open") + " #" + id)).toList();
                links.forEach(link -> link.addClassName("import-link"));
                result.add(new Div(links.toArray(Anchor[]::new)));
            }
            Notification.show(getTranslation("transfer.import.done", outcome.imported().size()), 3_000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            Paragraph failed = new Paragraph(getTranslation("transfer.import.failed", outcome.problems().size(), fileName));
            failed.setId("import-failed");
            failed.addClassName("import-problems");
            result.add(failed);
            problems.setItems(outcome.problems());
            problems.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transfer.import.title") + " · " + getTranslation("app.name");
    }
}
