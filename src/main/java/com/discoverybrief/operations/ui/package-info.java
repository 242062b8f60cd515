/** The administrator's screen for backups of the embedded database. */
package com.discoverybrief.operations.ui;
