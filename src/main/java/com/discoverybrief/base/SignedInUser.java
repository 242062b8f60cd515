package com.discoverybrief.base;

import java.util.Optional;

/**
 * The hook through which the layout shows who is signed in without importing a feature; the accounts
 * feature provides the bean.
 */
public interface SignedInUser {

    /** The signed-in user's display name; empty for an anonymous visitor. */
    Optional<String> displayName();
}
