package com.discoverybrief.base.ui;

import com.discoverybrief.base.SignedInUser;
import com.discoverybrief.base.Translations;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The frame: side navigation built from the views' {@code @Menu} entries (their titles are
 * translation keys; entries the user may not open are left out, as their roles stand at each
 * navigation), the language switcher, and who is signed in with the logout button.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final SignedInUser signedInUser;
    private final SideNav nav = new SideNav();

    public MainLayout(AuthenticationContext authentication, SignedInUser signedInUser) {
        this.authentication = authentication;
        this.signedInUser = signedInUser;
        setPrimarySection(Section.DRAWER);
        nav.setLabel(getTranslation("nav.label"));
        addToDrawer(brand(), nav);
        addToNavbar(new DrawerToggle(), headerBar());
    }

    /** The entries follow the user's roles as they are now: a role taken away disappears from the menu. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        nav.removeAll();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
    }

    private Span brand() {
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("app-brand");
        return brand;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private HorizontalLayout headerBar() {
        HorizontalLayout bar = new HorizontalLayout(languageSwitcher());
        signedInUser.displayName().ifPresent(name -> bar.add(userName(name), logoutButton()));
        bar.addClassName("app-header");
        bar.setWidthFull();
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        return bar;
    }

    private Span userName(String name) {
        Span user = new Span(name);
        user.setId("signed-in-user");
        user.addClassName("signed-in-user");
        return user;
    }

    private Button logoutButton() {
        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        return logout;
    }

    private Select<Locale> languageSwitcher() {
        Select<Locale> select = new Select<>();
        select.setAriaLabel(getTranslation("language.label"));
        select.setItems(Translations.LANGUAGES);
        select.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        select.setValue(Translations.supported(getLocale()));
        select.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                switchLanguage(event.getValue());
            }
        });
        select.addClassName("language-switcher");
        select.setId("language");
        return select;
    }

    private void switchLanguage(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }
}
