/** The accounts screens: login, first-run setup, the forced password change and user administration. */
package com.discoverybrief.accounts.ui;
