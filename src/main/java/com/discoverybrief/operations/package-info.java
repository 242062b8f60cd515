/**
 * Running the application for an agency: scheduled jobs that run once per cluster (ShedLock on the
 * shared database), the embedded H2 database's nightly and on-demand backups, and what an operator
 * watches (metrics of saves, conflicts and brief renders). {@code ui} holds the administrator's
 * backup screen.
 */
package com.discoverybrief.operations;
