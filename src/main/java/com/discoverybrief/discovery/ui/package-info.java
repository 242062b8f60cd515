/**
 * The salesperson's screens: "My sessions" and the session wizard — a header step, one step per key
 * question with coaching, and a summary — saved as the user types.
 */
package com.discoverybrief.discovery.ui;
