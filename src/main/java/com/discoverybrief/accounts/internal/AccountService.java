package com.discoverybrief.accounts.internal;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.base.PlainText;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their roles: the first-run setup, the administration an ADMIN does, and a user's own
 * password change. Every administrative method is for administrators only, checked twice: by method
 * security on the signed-in user's session, and on the acting administrator as the database holds
 * them now (an administrator demoted a second ago cannot act on a page that opened before). Each is
 * written to the audit log with who did what to whom, and the changed user is forgotten by
 * {@link CurrentAccounts} at commit, so their next click already runs with what they may do now.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    /** The first administrator can also work with sessions, so a one-person installation just works. */
    /** Digits with the usual separators, an optional leading plus: "+7 (843) 555-12-34". */
    private static final Pattern PHONE_FORMAT = Pattern.compile("\\+?[0-9][0-9 ()\\-]{4,38}[0-9]");
    /** Something before and after one @, a dot in the domain; the mail server has the last word. */
    private static final Pattern EMAIL_FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static final Set<Role> FIRST_ADMINISTRATOR_ROLES = EnumSet.of(Role.ADMIN, Role.ACCOUNT_MANAGER);
    /** Length of a generated temporary password (letters and digits, no look-alikes). */
    static final int TEMPORARY_PASSWORD_LENGTH = 16;

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");
    private static final Pattern USERNAME_FORMAT = Pattern.compile("[a-z0-9._@-]{3," + UserAccount.USERNAME + "}");
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccountRepository users;
    private final CurrentAccounts current;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    // Once a user exists the setup is over for good, so a positive answer never needs the database again.
    private final AtomicBoolean usersExist = new AtomicBoolean();

    AccountService(UserAccountRepository users, CurrentAccounts current, PasswordEncoder encoder,
            PasswordPolicy policy, LoginThrottle throttle, Clock clock) {
        this.throttle = throttle;
        this.users = users;
        this.current = current;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
    }

    /** False only on a fresh installation, before the first administrator was created. */
    public boolean hasUsers() {
        if (!usersExist.get() && users.count() > 0) {
            usersExist.set(true);
        }
        return usersExist.get();
    }

    /**
     * Creates the first administrator on a fresh installation; refused once any user exists. Open to
     * anonymous visitors by design: it is the only way in before anyone can sign in.
     */
    @Transactional
    public Actor createFirstAdministrator(String username, String displayName, String password, String repeated) {
        if (hasUsers()) {
            throw new AccountException(null, "setup.already-done");
        }
        UserAccount admin = newUser(username, displayName, password, repeated, FIRST_ADMINISTRATOR_ROLES, false);
        try {
            users.markSetupCompleted(admin.getUsername(), clock.instant());
        } catch (DataIntegrityViolationException e) {
            throw new AccountException(null, "setup.already-done");
        }
        AUDIT.info("first administrator '{}' created by the setup", admin.getUsername());
        return admin.toActor();
    }

    /** The enabled user with this username, as an actor with their current roles. */
    public Optional<Actor> enabledActor(String username) {
        return current.find(username).filter(CurrentAccounts.Account::enabled).map(CurrentAccounts.Account::toActor);
    }

    public boolean mustChangePassword(String username) {
        return current.find(username).map(CurrentAccounts.Account::mustChangePassword).orElse(false);
    }

    /** The signed-in user replaces their password; the current one proves it is really them. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword, String repeated) {
        UserAccount user = existing(actor.username());
        if (!user.isEnabled()) {
            throw new AccessDeniedException(actor.username() + " is disabled");
        }
        // Counted before the check, like a login: a wrong guess stays counted, refused ones are not checked.
        if (!throttle.attemptByUser(user.getUsername())) {
            AUDIT.warn("'{}' was refused a current-password check: too many attempts", actor.username());
            throw new AccountException("current", "password.current-throttled");
        }
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new AccountException("current", "password.current-wrong");
        }
        throttle.succeeded(user.getUsername());
        if (encoder.matches(newPassword == null ? "" : newPassword, user.getPasswordHash())) {
            throw new AccountException("password", "password.same-as-before");
        }
        user.choosePassword(acceptablePassword(user.getUsername(), newPassword, repeated), clock.instant());
        current.changed(user.getUsername());
        AUDIT.info("'{}' changed their password", actor.username());
    }

    /**
     * The session the user just changed their own password in goes on: it is given the new password's
     * stamp ({@code sessionAttribute}: how to set an attribute of that HTTP session). Their other
     * sessions end at their next request.
     */
    public void keepSignedIn(String username, BiConsumer<String, Object> sessionAttribute) {
        current.find(username).ifPresent(account -> sessionAttribute.accept(SignInStamp.ATTRIBUTE,
                account.signInStamp()));
    }

    @RolesAllowed("ADMIN")
    public List<UserSummary> list(Actor admin) {
        administrator(admin);
        return users.findAllByOrderByUsernameAsc().stream().map(UserSummary::of).toList();
    }

    /** Creates a user with a temporary password, returned once, which they must change at first login. */
    @Transactional
    @RolesAllowed("ADMIN")
    public String create(Actor admin, String username, String displayName, Set<Role> roles) {
        administrator(admin);
        String temporary = temporaryPassword();
        UserAccount user = newUser(username, displayName, temporary, temporary, roles, true);
        AUDIT.info("'{}' created user '{}' with roles {}", admin.username(), user.getUsername(), user.getRoles());
        return temporary;
    }

    @Transactional
    @RolesAllowed("ADMIN")
    public void setEnabled(Actor admin, String username, boolean enabled) {
        administrator(admin);
        users.lockEnabledAdministrators();
        UserAccount user = existing(username);
        user.enable(enabled, clock.instant());
        keepAnAdministrator();
        current.changed(username);
        AUDIT.info("'{}' {} user '{}'", admin.username(), enabled ? "enabled" : "disabled", username);
    }

    @Transactional
    @RolesAllowed("ADMIN")
    public void changeRoles(Actor admin, String username, Set<Role> roles) {
        administrator(admin);
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("roles", "admin.roles-required");
        }
        users.lockEnabledAdministrators();
        UserAccount user = existing(username);
        Set<Role> before = user.getRoles();
        user.grant(roles, clock.instant());
        keepAnAdministrator();
        current.changed(username);
        AUDIT.info("'{}' changed the roles of '{}' from {} to {}", admin.username(), username, before, user.getRoles());
    }

    /** Sets a temporary password, returned once; the user must choose a new one at the next login. */
    @Transactional
    @RolesAllowed("ADMIN")
    public String resetPassword(Actor admin, String username) {
        administrator(admin);
        UserAccount user = existing(username);
        String temporary = temporaryPassword();
        user.resetPassword(encoder.encode(temporary), clock.instant());
        current.changed(username);
        AUDIT.info("'{}' reset the password of '{}'", admin.username(), username);
        return temporary;
    }

    /** A user's name and contact details, for their own profile or for an administrator. */
    @PreAuthorize("isAuthenticated()")
    public Profile profile(Actor actor, String username) {
        UserAccount user = existing(mayEditProfile(actor, username));
        return new Profile(user.getUsername(), user.getDisplayName(), user.getPhone(), user.getEmail());
    }

    /**
     * Changes the phone and e-mail printed under the user's name in the briefs: by the user themselves
     * or by an administrator. Blank clears a value.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeContact(Actor actor, String username, String phone, String email) {
        UserAccount user = existing(mayEditProfile(actor, username));
        String cleanPhone = blankToNull(phone);
        String cleanEmail = blankToNull(email);
        if (cleanPhone != null && (cleanPhone.length() > UserAccount.PHONE || !PHONE_FORMAT.matcher(cleanPhone).matches())) {
            throw new AccountException("phone", "profile.phone-invalid");
        }
        if (cleanEmail != null && (cleanEmail.length() > UserAccount.EMAIL || !EMAIL_FORMAT.matcher(cleanEmail).matches())) {
            throw new AccountException("email", "profile.email-invalid");
        }
        user.changeContact(cleanPhone, cleanEmail, clock.instant());
        AUDIT.info("'{}' changed the contact details of '{}'", actor.username(), user.getUsername());
    }

    private String mayEditProfile(Actor actor, String username) {
        Actor present = enabledActor(actor.username())
                .orElseThrow(() -> new AccessDeniedException(actor.username() + " is disabled"));
        if (!present.username().equals(username) && !present.has(Role.ADMIN)) {
            throw new AccessDeniedException(actor.username() + " may not edit the profile of " + username);
        }
        return username;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** For the demo profile: a user with a password generated at start, unless the username is taken. */
    @Transactional
    Optional<String> createDemoUser(String username, String displayName, Role role) {
        if (users.findByUsername(username).isPresent()) {
            return Optional.empty();
        }
        String password = temporaryPassword();
        newUser(username, displayName, password, password, EnumSet.of(role), false);
        AUDIT.info("demo user '{}' created with role {}", username, role);
        return Optional.of(password);
    }

    private UserAccount newUser(String username, String displayName, String password, String repeated,
            Set<Role> roles, boolean mustChangePassword) {
        String name = normalized(username);
        if (!USERNAME_FORMAT.matcher(name).matches()) {
            throw new AccountException("username", "account.username-invalid", UserAccount.USERNAME);
        }
        if (users.findByUsername(name).isPresent()) {
            throw new AccountException("username", "account.username-taken");
        }
        String display = displayName == null ? "" : PlainText.line(displayName).strip();
        if (display.isEmpty()) {
            throw new AccountException("displayName", "validation.required");
        }
        if (display.length() > UserAccount.DISPLAY_NAME) {
            throw new AccountException("displayName", "validation.too-long", UserAccount.DISPLAY_NAME);
        }
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("roles", "admin.roles-required");
        }
        String hash = acceptablePassword(name, password, repeated);
        return users.saveAndFlush(new UserAccount(name, display, hash, roles, mustChangePassword, clock.instant()));
    }

    private String acceptablePassword(String username, String password, String repeated) {
        policy.check(password, username);
        if (!password.equals(repeated)) {
            throw new AccountException("repeated", "password.mismatch");
        }
        return encoder.encode(password);
    }

    /** Refuses an actor who is not an enabled administrator now, whatever they were when the page opened. */
    private void administrator(Actor admin) {
        boolean now = current.find(admin.username())
                .filter(account -> account.enabled() && account.roles().contains(Role.ADMIN)).isPresent();
        if (!now) {
            AUDIT.warn("'{}' was refused user administration: no longer an enabled administrator", admin.username());
            throw new AccessDeniedException(admin.username() + " is no longer an administrator");
        }
    }

    /**
     * Refuses (and so rolls back) a change that would leave nobody able to administer users. Callers
     * first lock the enabled administrators ({@link UserAccountRepository#lockEnabledAdministrators}), so
     * two administrators disabling or demoting each other at the same moment cannot both pass.
     */
    private void keepAnAdministrator() {
        users.flush();
        if (users.countEnabledWithRole(Role.ADMIN) == 0) {
            throw new AccountException(null, "admin.last-admin");
        }
    }

    private UserAccount existing(String username) {
        return users.findByUsername(username).orElseThrow(() -> new AccountException(null, "admin.user-missing"));
    }

    private String temporaryPassword() {
        StringBuilder password = new StringBuilder(TEMPORARY_PASSWORD_LENGTH);
        for (int i = 0; i < TEMPORARY_PASSWORD_LENGTH; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }

    static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
