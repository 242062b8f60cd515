package com.discoverybrief.brief;

import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Recommendation;
import java.util.List;
import java.util.Set;

/**
 * The account manager's last word on a brief (issue 19), the one input the composer takes besides the
 * engine's assessment: the final plan after their adjustments, which the client sees instead of the
 * engine's recommendations, and their note for the client, printed on page 1 under the plan. The
 * client sees no sign of what was adjusted; the reasons stay inside the agency.
 *
 * @param plan  the final recommendations, ranked 1..n
 * @param added the channels of the plan the account manager added: no answer calls for them, so the
 *              brief says they are the agency's recommendation
 * @param note  the agency note, or {@code null}
 */
public record AgencyWord(List<Recommendation> plan, Set<Channel> added, String note) {

    public AgencyWord {
        plan = List.copyOf(plan);
        added = Set.copyOf(added);
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
