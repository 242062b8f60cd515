/**
 * What leads and account managers do with stored sessions: a list of thousands of sessions found in
 * a moment (filters, sorting, CSV export), the review workflow and comments, team statistics, deletion
 * and the nightly retention of untouched drafts. The lists and figures are read-only projections here
 * ({@link com.discoverybrief.review.ReviewService}); reading one session whole, the review steps,
 * deletion and the purge go through {@code discovery}'s
 * {@link com.discoverybrief.discovery.SessionReviews}, the only way into a session. Views live in {@code ui}.
 */
package com.discoverybrief.review;
