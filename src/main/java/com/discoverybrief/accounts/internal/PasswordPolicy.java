package com.discoverybrief.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: at least {@link #MIN_LENGTH} characters once the spaces around it
 * are ignored, not too long for BCrypt, not one character or a short pattern repeated, not a run of a
 * sequence (digits, an alphabet, a keyboard row, either way round), and not a common password or the
 * username — also not in the disguises people reach for: another case, digits or a year and a few
 * symbols around it, letters written as digits ({@code Passw0rd2024!}, {@code p@ssword}).
 */
@Component
public class PasswordPolicy {

    /** Shortest password anyone may choose, not counting spaces at either end. */
    public static final int MIN_LENGTH = 12;
    /** BCrypt reads only the first 72 bytes; a longer password would be cut silently, so it is refused. */
    public static final int MAX_BYTES = 72;
    /** A unit this short repeated ("abab…", "123123…") is as weak as one character repeated. */
    static final int LONGEST_REPEATED_UNIT = 4;

    private static final String COMMON_PASSWORDS = "/accounts/common-passwords.txt";
    /** Sequences a password must not be a run of, forwards or backwards, wrapping round ("…7890123"). */
    private static final List<String> SEQUENCES = List.of(
            "0123456789", "abcdefghijklmnopqrstuvwxyz", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            "`1234567890-=", "~!@#$%^&*()_+", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
            "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю.");
    /** Digits, years and symbols people put before or after a word to make it "strong". */
    private static final Pattern DECORATION = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Throws {@link AccountException} on the field {@code password} when the password is refused. */
    void check(String password, String username) {
        String trimmed = password == null ? "" : password.strip();
        if (trimmed.codePointCount(0, trimmed.length()) < MIN_LENGTH) {
            throw new AccountException("password", "password.too-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountException("password", "password.too-long", MAX_BYTES);
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (repeatsAShortUnit(lower)) {
            throw new AccountException("password", "password.repetitive");
        }
        if (isARunOfASequence(lower)) {
            throw new AccountException("password", "password.sequence");
        }
        if (isCommon(lower, username == null ? "" : username.strip().toLowerCase(Locale.ROOT))) {
            throw new AccountException("password", "password.common");
        }
    }

    /** How many common passwords are known; the list ships with the application. */
    int commonPasswordCount() {
        return common.size();
    }

    static boolean repeatsAShortUnit(String password) {
        for (int unit = 1; unit <= LONGEST_REPEATED_UNIT && unit < password.length(); unit++) {
            if (password.length() % unit == 0 && password.equals(password.substring(0, unit)
                    .repeat(password.length() / unit))) {
                return true;
            }
        }
        return false;
    }

    static boolean isARunOfASequence(String password) {
        for (String sequence : SEQUENCES) {
            String around = sequence.repeat(password.length() / sequence.length() + 2);
            if (around.contains(password) || new StringBuilder(around).reverse().toString().contains(password)) {
                return true;
            }
        }
        return false;
    }

    private boolean isCommon(String lower, String username) {
        String word = DECORATION.matcher(lower).replaceAll("");
        for (String candidate : List.of(lower, word, plain(lower, 'l'), plain(lower, 'i'), plain(word, 'l'),
                plain(word, 'i'), DECORATION.matcher(plain(lower, 'l')).replaceAll(""),
                DECORATION.matcher(plain(lower, 'i')).replaceAll(""))) {
            if (!candidate.isEmpty() && (common.contains(candidate) || candidate.equals(username))) {
                return true;
            }
        }
        return false;
    }

    /** Letters written as digits or symbols back as letters ("p@ssw0rd" → "password"); 1 as l or as i. */
    private static String plain(String text, char one) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            plain.append(switch (c) {
                case '0' -> 'o';
                case '1' -> one;
                case '!', '|' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7', '+' -> 't';
                case '8' -> 'b';
                default -> c;
            });
        }
        return plain.toString();
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
