/**
 * Who is acting: users, roles and, later, login and administration. Other features use only the
 * small public API here: {@link com.discoverybrief.accounts.Actor}, {@link com.discoverybrief.accounts.Role}
 * and {@link com.discoverybrief.accounts.CurrentActor}.
 */
package com.discoverybrief.accounts;
