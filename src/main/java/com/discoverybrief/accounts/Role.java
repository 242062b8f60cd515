package com.discoverybrief.accounts;

/** What a user may do; a user may hold several roles. */
public enum Role {
    /** Creates sessions; sees and edits only their own. */
    SALES,
    /** Sees and edits all sessions, exports briefs. */
    ACCOUNT_MANAGER,
    /** Sees all sessions read-only, reviews them, sees team statistics. */
    LEAD,
    /** Manages users. */
    ADMIN
}
