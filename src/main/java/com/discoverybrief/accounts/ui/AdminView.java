package com.discoverybrief.accounts.ui;

import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountException;
import com.discoverybrief.accounts.internal.AccountService;
import com.discoverybrief.accounts.internal.UserSummary;
import com.discoverybrief.base.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** User administration: list users, create them with roles, change roles, disable, reset passwords. */
@Route("admin")
@Menu(order = 9, icon = "vaadin:users", title = "nav.admin")
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final CurrentActor currentActor;

    private final Grid<UserSummary> grid = new Grid<>();

    public AdminView(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
        addClassName("admin-view");
        setSizeFull();

        Button newUser = new Button(getTranslation("admin.new-user"), VaadinIcon.PLUS.create(),
                click -> new UserDialog(this::createUser).open());
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.setId("admin-new-user");
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("admin.title")), newUser);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        configureGrid();
        add(toolbar, new Paragraph(getTranslation("admin.roles-explained")), grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(UserSummary::username).setHeader(getTranslation("account.username")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("account.display-name")).setFlexGrow(2);
        grid.addColumn(user -> user.roles().stream().sorted().map(role -> getTranslation(Translations.enumKey(role)))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("account.roles")).setFlexGrow(3);
        grid.addColumn(user -> getTranslation(user.enabled() ? "admin.status.enabled" : "admin.status.disabled")
                + (user.mustChangePassword() ? " · " + getTranslation("admin.status.must-change") : ""))
                .setHeader(getTranslation("admin.status"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("admin.actions"))
                .setWidth("16rem").setFlexGrow(0);
        // Names and roles wrap instead of being cut off on a laptop screen.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("admin-users");
        grid.setSizeFull();
    }

    private HorizontalLayout actions(UserSummary user) {
        Button roles = new Button(getTranslation("admin.change-roles"), click -> new RolesDialog(user,
                newRoles -> changeRoles(user, newRoles)).open());
        Button enable = new Button(getTranslation(user.enabled() ? "admin.disable" : "admin.enable"),
                click -> act(() -> accounts.setEnabled(currentActor.get(), user.username(), !user.enabled()),
                        user.enabled() ? "admin.disabled" : "admin.enabled"));
        Button reset = new Button(getTranslation("admin.reset-password"));
        // A second tap while the question is open would ask twice and reset twice.
        reset.setDisableOnClick(true);
        reset.addClickListener(click -> confirmReset(user, reset));
        roles.setId("roles-" + user.username());
        enable.setId("enable-" + user.username());
        reset.setId("reset-" + user.username());
        Button profile = new Button(getTranslation("admin.profile"), click -> getUI().ifPresent(ui -> ui.navigate(
                ProfileView.ROUTE, QueryParameters.of("user", user.username()))));
        profile.setId("profile-" + user.username());
        HorizontalLayout actions = new HorizontalLayout(roles, enable, reset, profile);
        actions.setWrap(true);
        actions.setSpacing(false);
        actions.addClassName("user-actions");
        actions.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return actions;
    }

    /** Throws the refusal, which the dialog shows on its fields. */
    private void createUser(String username, String displayName, Set<Role> roles) {
        String temporary = accounts.create(currentActor.get(), username, displayName, roles);
        refresh();
        new TemporaryPasswordDialog(username.strip().toLowerCase(Locale.ROOT), temporary).open();
    }

    /** Throws the refusal, which the dialog shows. */
    private void changeRoles(UserSummary user, Set<Role> roles) {
        accounts.changeRoles(currentActor.get(), user.username(), roles);
        done("admin.roles-changed");
        refresh();
    }

    /** The old password stops working at once, so the administrator confirms first. */
    private void confirmReset(UserSummary user, Button reset) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.reset.title"),
                getTranslation("admin.reset.text", user.displayName(), user.username()),
                getTranslation("admin.reset.confirm"), event -> resetPassword(user));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("reset-confirm");
        confirm.addCancelListener(event -> reset.setEnabled(true));
        confirm.addConfirmListener(event -> reset.setEnabled(true));
        confirm.open();
    }

    private void resetPassword(UserSummary user) {
        try {
            String temporary = accounts.resetPassword(currentActor.get(), user.username());
            refresh();
            new TemporaryPasswordDialog(user.username(), temporary).open();
        } catch (AccountException refused) {
            AccountForms.show(refused, this, Map.of());
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            done(doneKey);
        } catch (AccountException refused) {
            AccountForms.show(refused, this, Map.of());
        }
        refresh();
    }

    private void done(String key) {
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        grid.setItems(accounts.list(currentActor.get()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " · " + getTranslation("app.name");
    }
}
