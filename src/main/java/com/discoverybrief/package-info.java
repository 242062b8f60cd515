/**
 * Discovery Brief: guided discovery sessions and strategy briefs for a marketing agency's sales team.
 * One package per feature — {@code strategy}, {@code discovery}, {@code brief}, {@code review},
 * {@code accounts} — over the shared kernel {@code base}; {@code ArchitectureTest} keeps the arrows.
 */
package com.discoverybrief;
