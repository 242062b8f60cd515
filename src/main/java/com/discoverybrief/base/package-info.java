/**
 * The shared kernel every feature may use: the base entity, the main layout, translation helpers,
 * the error views and how failures are said in words ({@link com.discoverybrief.base.Failures}; a
 * feature describes its own exceptions through {@link com.discoverybrief.base.ErrorMessages}). It
 * imports no feature. Translation keys follow the conventions in
 * {@link com.discoverybrief.base.Translations}.
 */
package com.discoverybrief.base;
