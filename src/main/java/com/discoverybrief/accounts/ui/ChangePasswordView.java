package com.discoverybrief.accounts.ui;

import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.internal.AccountException;
import com.discoverybrief.accounts.internal.AccountService;
import com.discoverybrief.accounts.internal.PasswordPolicy;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * The signed-in user chooses a new password. After an administrator set a temporary one, the route
 * guard sends the user here before anything else.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final CurrentActor currentActor;
    private final AuthenticationContext authentication;

    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Map<String, HasValidation> fields = Map.of("current", current, "password", password,
            "repeated", repeated);

    public ChangePasswordView(AccountService accounts, CurrentActor currentActor,
            AuthenticationContext authentication) {
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.authentication = authentication;
        addClassName("change-password-view");
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");

        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setId("password-new");
        repeated.setLabel(getTranslation("password.repeat"));
        repeated.setId("password-repeated");
        FormLayout form = new FormLayout(current, password, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        Button change = new Button(getTranslation("password.change"), click -> changePassword());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickShortcut(Key.ENTER);
        change.setId("password-change");
        Button logout = new Button(getTranslation("action.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        add(new H1(getTranslation("password.title")), new Paragraph(getTranslation("password.intro")), form,
                new HorizontalLayout(logout, change));
    }

    private void changePassword() {
        AccountForms.clear(fields);
        try {
            accounts.changeOwnPassword(currentActor.get(), current.getValue(), password.getValue(),
                    repeated.getValue());
            // This session goes on with the new password; the user's other sessions end.
            accounts.keepSignedIn(currentActor.get().username(), VaadinSession.getCurrent().getSession()::setAttribute);
            Notification.show(getTranslation("password.changed"), 4000, Notification.Position.TOP_CENTER);
            UI.getCurrent().navigate("");
        } catch (AccountException refused) {
            AccountForms.show(refused, this, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
