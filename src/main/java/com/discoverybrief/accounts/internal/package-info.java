/**
 * The accounts feature's insides: the user entity and repository, the account service, the password
 * policy, login throttling, the audit log, the security configuration and the first-run guard.
 */
package com.discoverybrief.accounts.internal;
