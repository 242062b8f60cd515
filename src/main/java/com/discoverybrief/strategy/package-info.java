/**
 * The advice logic, in plain Java: the questionnaire's vocabulary, the three levels of strategy,
 * the channel catalogue, and the engine that turns a session's {@link com.discoverybrief.strategy.Answers}
 * into an {@link com.discoverybrief.strategy.Assessment}. Imports nothing but {@code java.*}, so a
 * marketer can read, test and change one rule without Spring, JPA or Vaadin.
 */
package com.discoverybrief.strategy;
