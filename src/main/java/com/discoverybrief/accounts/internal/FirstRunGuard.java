package com.discoverybrief.accounts.internal;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.ui.AdminView;
import com.discoverybrief.accounts.ui.ChangePasswordView;
import com.discoverybrief.accounts.ui.LoginView;
import com.discoverybrief.accounts.ui.SetupView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Route guard for what the annotations cannot express: on a fresh installation every route leads to
 * the setup; once a user exists the setup is gone; a user with a temporary password must replace it
 * before anything else; and an administrator without a session role starts on the administration.
 */
@Component
class FirstRunGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentActor currentActor;

    FirstRunGuard(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (!accounts.hasUsers()) {
            if (target != SetupView.class) {
                event.forwardTo(SetupView.class);
            }
            return;
        }
        Optional<Actor> actor = currentActor.find();
        if (target == SetupView.class) {
            if (actor.isPresent()) {
                event.forwardTo("");
            } else {
                event.forwardTo(LoginView.class);
            }
        } else if (actor.isPresent() && target != ChangePasswordView.class
                && accounts.mustChangePassword(actor.get().username())) {
            event.forwardTo(ChangePasswordView.class);
        } else if (actor.isPresent() && event.getLocation().getPath().isEmpty() && worksWithoutSessions(actor.get())) {
            event.forwardTo(AdminView.class);
        }
    }

    private static boolean worksWithoutSessions(Actor actor) {
        return actor.has(Role.ADMIN) && !actor.has(Role.SALES) && !actor.seesAllSessions();
    }
}
