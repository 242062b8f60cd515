package com.discoverybrief.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What makes a password acceptable: long enough, not too long for BCrypt, and not a common one. */
@Component
public class PasswordPolicy {

    /** Shortest password anyone may choose. */
    public static final int MIN_LENGTH = 12;
    /** BCrypt reads only the first 72 bytes; a longer password would be cut silently, so it is refused. */
    public static final int MAX_BYTES = 72;

    private static final String COMMON_PASSWORDS = "/accounts/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Throws {@link AccountException} on the field {@code password} when the password is refused. */
    void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountException("password", "password.too-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountException("password", "password.too-long", MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.equals(username == null ? null : username.toLowerCase(Locale.ROOT))) {
            throw new AccountException("password", "password.common");
        }
    }

    /** How many common passwords are known; the list ships with the application. */
    int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
