package com.discoverybrief.operations.ui;

import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.operations.Backup;
import com.discoverybrief.operations.Backups;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Backups for the administrator: the embedded database's backups with their size and time, and
 * "Back up now". On PostgreSQL it says that the database server is backed up with pg_dump instead.
 */
@Route("backups")
@Menu(order = 11, icon = "vaadin:archive", title = "nav.backups")
@RolesAllowed("ADMIN")
public class BackupsView extends VerticalLayout implements HasDynamicTitle {

    private final Backups backups;
    private final CurrentActor currentActor;

    private final Button now = new Button();
    private final Grid<Backup> grid = new Grid<>();

    public BackupsView(Backups backups, CurrentActor currentActor, Clock clock) {
        this.backups = backups;
        this.currentActor = currentActor;
        addClassName("backups-view");
        setSizeFull();
        add(new H2(getTranslation("backups.title")));
        if (!backups.available()) {
            add(new Paragraph(getTranslation("backups.postgres")));
            return;
        }
        now.setText(getTranslation("backups.now"));
        now.setIcon(VaadinIcon.ARCHIVE.create());
        now.addClickListener(click -> backUpNow());
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setDisableOnClick(true);
        now.setId("backup-now");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(clock.getZone());
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        grid.addColumn(Backup::name).setHeader(getTranslation("backups.file")).setFlexGrow(2);
        grid.addColumn(backup -> time.format(backup.createdAt())).setHeader(getTranslation("backups.time"))
                .setAutoWidth(true);
        grid.addColumn(backup -> getTranslation("backups.kilobytes", number.format(Math.max(1, backup.bytes() / 1024))))
                .setHeader(getTranslation("backups.size")).setAutoWidth(true);
        grid.setId("backups-grid");
        grid.setSizeFull();
        add(new Paragraph(getTranslation("backups.explained", backups.directory().toString())), now, grid,
                new Paragraph(getTranslation("backups.restore", backups.directory().getParent().toString())));
        refresh();
    }

    private void backUpNow() {
        Backup backup = backups.backUpNow(currentActor.get());
        refresh();
        Notification.show(getTranslation("backups.done", backup.name()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        now.setEnabled(true);
    }

    private void refresh() {
        grid.setItems(backups.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.title") + " · " + getTranslation("app.name");
    }
}
