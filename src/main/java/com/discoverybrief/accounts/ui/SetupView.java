package com.discoverybrief.accounts.ui;

import com.discoverybrief.accounts.internal.AccountException;
import com.discoverybrief.accounts.internal.AccountService;
import com.discoverybrief.accounts.internal.PasswordPolicy;
import com.discoverybrief.accounts.internal.UserAccount;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/**
 * The one-time first start: creates the first administrator. The route guard leads every route here
 * while no user exists and away from here for good once one does.
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName,
            "password", password, "repeated", repeated);

    public SetupView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("setup-view");
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");

        username.setLabel(getTranslation("account.username"));
        username.setMaxLength(UserAccount.USERNAME);
        username.setId("setup-username");
        displayName.setLabel(getTranslation("account.display-name"));
        displayName.setMaxLength(UserAccount.DISPLAY_NAME);
        displayName.setId("setup-display-name");
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setId("setup-password");
        repeated.setLabel(getTranslation("password.repeat"));
        repeated.setId("setup-repeated");
        FormLayout form = new FormLayout(username, displayName, password, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        Button create = new Button(getTranslation("setup.create"), click -> createAdministrator());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setId("setup-create");

        add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")),
                new Paragraph(getTranslation("setup.roles")), form, create);
        setHorizontalComponentAlignment(FlexComponent.Alignment.END, create);
    }

    private void createAdministrator() {
        AccountForms.clear(fields);
        try {
            accounts.createFirstAdministrator(username.getValue(), displayName.getValue(), password.getValue(),
                    repeated.getValue());
            Notification.show(getTranslation("setup.done"), 6000, Notification.Position.TOP_CENTER);
            UI.getCurrent().navigate(LoginView.class);
        } catch (AccountException refused) {
            AccountForms.show(refused, this, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · " + getTranslation("app.name");
    }
}
