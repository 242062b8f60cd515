/**
 * The shared kernel every feature may use: the base entity, the main layout, translation helpers
 * and the error views. It imports no feature. Translation keys follow the conventions in
 * {@link com.discoverybrief.base.Translations}.
 */
package com.discoverybrief.base;
