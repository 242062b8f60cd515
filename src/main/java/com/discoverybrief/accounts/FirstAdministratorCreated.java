package com.discoverybrief.accounts;

/**
 * Published inside the transaction that creates the very first user on a fresh installation, so that
 * features can hand over what belonged to {@link CurrentActor#LOCAL_USER} before accounts existed.
 */
public record FirstAdministratorCreated(String username) {
}
