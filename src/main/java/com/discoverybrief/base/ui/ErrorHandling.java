package com.discoverybrief.base.ui;

import com.discoverybrief.base.ErrorMessage;
import com.discoverybrief.base.Failures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one error handler of the application: every session gets it, so a failure in any click, in any
 * mode, ends as a translated notification and never as a stack trace. What the failure means is
 * {@link Failures}'s to say; this only shows it. A user whose account was disabled meanwhile gets the
 * page loaded again, which takes them to the login.
 */
@org.springframework.stereotype.Component
class ErrorHandling implements VaadinServiceInitListener, ErrorHandler {

    /** Long enough to read a reference aloud; the user can also close it. */
    static final int SHOWN_FOR_MS = 8_000;

    private final transient Failures failures;

    ErrorHandling(Failures failures) {
        this.failures = failures;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Failures.Report report = failures.report(event.getThrowable());
        Optional<UI> ui = event.getComponent().flatMap(Component::getUI)
                .or(() -> Optional.ofNullable(UI.getCurrent()));
        ui.ifPresent(current -> show(current, report));
    }

    private static void show(UI ui, Failures.Report report) {
        // One message at a time: a newer failure replaces the one still shown instead of piling up.
        Notification previous = ComponentUtil.getData(ui, Notification.class);
        if (previous != null) {
            previous.close();
        }
        String text = translate(ui, report.message());
        Notification notification = new Notification(text, SHOWN_FOR_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(report.kind() == Failures.Kind.UNEXPECTED
                ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_WARNING);
        notification.setId("error-notification");
        notification.getElement().setAttribute("role", "alert");
        notification.open();
        ComponentUtil.setData(ui, Notification.class, notification);
        if (report.kind() == Failures.Kind.SIGNED_OUT) {
            ui.getPage().reload();
        }
    }

    /** Translates the message and, first, any argument that is itself a message. */
    static String translate(Component context, ErrorMessage message) {
        Object[] arguments = Arrays.stream(message.arguments())
                .map(argument -> argument instanceof ErrorMessage nested ? translate(context, nested) : argument)
                .toArray();
        return context.getTranslation(message.key(), arguments);
    }
}
