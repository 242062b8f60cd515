package com.discoverybrief.accounts.internal;

/**
 * A user's name and how clients reach them, as "My profile" edits it.
 *
 * @param phone {@code null} when not given
 * @param email {@code null} when not given
 */
public record Profile(String username, String displayName, String phone, String email) {
}
