/**
 * The shared kernel every feature may use: the base entity, the main layout, translation helpers
 * and the error views. It imports no feature.
 */
package com.discoverybrief.base;
