/** The application frame every view sits in, and the shared error views. */
package com.discoverybrief.base.ui;
