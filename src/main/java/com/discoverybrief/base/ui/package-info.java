/**
 * The application frame every view sits in, the shared error views, and the one error handler every
 * Vaadin session gets ({@code ErrorHandling}): failures in words, never a stack trace.
 */
package com.discoverybrief.base.ui;
