/** The review screens: the sessions grid, one session read-only with its review workflow, team statistics. */
package com.discoverybrief.review.ui;
