/**
 * What leads and account managers do with stored sessions: a list of thousands of sessions found in
 * a moment (filters, sorting, CSV export), the review workflow and comments, team statistics,
 * deletion and the retention of untouched drafts. {@link com.discoverybrief.review.ReviewService} is
 * the way in and checks roles itself; the session aggregate in {@code discovery} guards the review
 * transitions. Views live in {@code ui}.
 */
package com.discoverybrief.review;
