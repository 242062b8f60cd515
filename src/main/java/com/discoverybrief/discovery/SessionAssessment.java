package com.discoverybrief.discovery;

import com.discoverybrief.strategy.Assessment;

/**
 * A session's assessment as the user should see it: live for a draft; for a completed session the
 * one kept at completion, with the rules version that made it.
 *
 * @param kept             whether this is the assessment kept at completion rather than a live one
 * @param answersChanged   whether answers changed after it was kept (recompute to update it)
 */
public record SessionAssessment(Assessment assessment, boolean kept, boolean answersChanged) {
}
