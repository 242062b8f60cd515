package com.discoverybrief.accounts.ui;

import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.internal.AccountException;
import com.discoverybrief.accounts.internal.AccountService;
import com.discoverybrief.accounts.internal.Profile;
import com.discoverybrief.accounts.internal.UserAccount;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * "My profile": the name a client sees in the brief and, optionally, the phone and e-mail printed
 * under it. Administrators open anyone's profile with {@code profile?user=<username>}.
 */
@Route("profile")
@Menu(order = 20, icon = "vaadin:user-card", title = "nav.profile")
@PermitAll
public class ProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "profile";

    private final AccountService accounts;
    private final CurrentActor currentActor;

    private final H1 title = new H1();
    private final TextField displayName = new TextField();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final Map<String, HasValidation> fields = Map.of("phone", phone, "email", email);

    private String username;

    public ProfileView(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
        addClassName("profile-view");
        setMaxWidth("40rem");

        displayName.setLabel(getTranslation("profile.display-name"));
        displayName.setReadOnly(true);
        displayName.setId("profile-display-name");
        phone.setLabel(getTranslation("profile.phone"));
        phone.setHelperText(getTranslation("profile.phone.help"));
        phone.setMaxLength(UserAccount.PHONE);
        phone.setId("profile-phone");
        email.setLabel(getTranslation("profile.email"));
        email.setMaxLength(UserAccount.EMAIL);
        email.setId("profile-email");
        FormLayout form = new FormLayout(displayName, phone, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        Button save = new Button(getTranslation("profile.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("profile-save");
        add(title, new Paragraph(getTranslation("profile.intro")), form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("user", List.of());
        username = asked.isEmpty() ? currentActor.get().username() : asked.get(0);
        try {
            Profile profile = accounts.profile(currentActor.get(), username);
            title.setText(profile.username().equals(currentActor.get().username()) ? getTranslation("profile.title")
                    : getTranslation("profile.title-of", profile.displayName()));
            displayName.setValue(profile.displayName());
            phone.setValue(profile.phone() == null ? "" : profile.phone());
            email.setValue(profile.email() == null ? "" : profile.email());
            AccountForms.clear(fields);
        } catch (AccessDeniedException | AccountException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void save() {
        AccountForms.clear(fields);
        try {
            accounts.changeContact(currentActor.get(), username, phone.getValue(), email.getValue());
            Notification.show(getTranslation("profile.saved"), 3000, Notification.Position.TOP_CENTER);
        } catch (AccountException refused) {
            AccountForms.show(refused, this, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.name");
    }
}
