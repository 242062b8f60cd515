/** Translation helpers shared by the UI and the brief: one naming convention for enum labels. */
package com.discoverybrief.base.i18n;
