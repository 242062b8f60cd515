/**
 * Who is acting: users, roles, login, first-run setup, administration and the security
 * configuration. Other features use only the small public API here: {@link com.discoverybrief.accounts.Actor},
 * {@link com.discoverybrief.accounts.Role}, {@link com.discoverybrief.accounts.CurrentActor} (who is acting,
 * as the database holds them now), {@link com.discoverybrief.accounts.People} (display names) and the event
 * {@link com.discoverybrief.accounts.DemoUsersCreated}; {@code internal} and {@code ui} are private.
 */
package com.discoverybrief.accounts;
