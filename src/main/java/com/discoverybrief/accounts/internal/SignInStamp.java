package com.discoverybrief.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which password a sign-in was made with, kept in its HTTP session: a digest of the password hash
 * (never the hash itself). When the password is reset by an administrator or changed by the user,
 * the digest moves, and {@link SessionRefresh} ends every session still holding the old one at its
 * next request; the session the user changed it in is given the new one and goes on.
 */
final class SignInStamp {

    /** The HTTP session attribute holding the stamp. */
    static final String ATTRIBUTE = "com.discoverybrief.accounts.sign-in-stamp";

    private SignInStamp() {
    }

    static String of(String username, String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((username + "\n" + passwordHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
