/**
 * The accounts feature's insides: the user entity and repository, the account service, the accounts
 * held in memory that follow the database ({@code CurrentAccounts}) and the per-request refresh of the
 * sign-in kept in the HTTP session ({@code SessionRefresh}), the password policy, login throttling in
 * the database, the audit log, the security configuration and the first-run guard.
 */
package com.discoverybrief.accounts.internal;
