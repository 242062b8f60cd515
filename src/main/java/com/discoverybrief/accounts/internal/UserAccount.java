package com.discoverybrief.accounts.internal;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person who may sign in: their name, password hash, roles and whether they may sign in at all. */
@Entity
@Table(name = "app_user")
public class UserAccount extends AbstractEntity {

    /** Longest username; the column, the form fields and the validation use it. */
    public static final int USERNAME = 100;
    /** Longest display name. */
    public static final int DISPLAY_NAME = 200;
    public static final int PHONE = 40;
    public static final int EMAIL = 254;

    @Column(nullable = false, unique = true, length = USERNAME)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "phone", length = PHONE)
    private String phone;

    @Column(name = "email", length = EMAIL)
    private String email;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    // A handful of roles per user at most: loading them with the user keeps CurrentActor one query.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Set<Role> roles,
            boolean mustChangePassword, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.mustChangePassword = mustChangePassword;
        this.enabled = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The phone a client may call, or {@code null}. */
    public String getPhone() {
        return phone;
    }

    /** The e-mail a client may write to, or {@code null}. */
    public String getEmail() {
        return email;
    }

    /** Sets how clients reach this person; blank means none. Validated by the caller. */
    void changeContact(String phone, String email, Instant at) {
        this.phone = phone;
        this.email = email;
        this.updatedAt = at;
    }

    public Actor toActor() {
        return new Actor(username, displayName, roles);
    }

    /** The user chose a new password themselves. */
    void choosePassword(String hash, Instant now) {
        passwordHash = hash;
        mustChangePassword = false;
        updatedAt = now;
    }

    /** An administrator set a temporary password; the user must replace it at the next login. */
    void resetPassword(String temporaryHash, Instant now) {
        passwordHash = temporaryHash;
        mustChangePassword = true;
        updatedAt = now;
    }

    void enable(boolean enabled, Instant now) {
        this.enabled = enabled;
        updatedAt = now;
    }

    void grant(Set<Role> newRoles, Instant now) {
        roles.clear();
        roles.addAll(newRoles);
        updatedAt = now;
    }
}
