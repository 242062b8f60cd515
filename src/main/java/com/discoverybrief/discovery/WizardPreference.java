package com.discoverybrief.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How one user likes the wizard: for now, whether it opens in meeting mode. */
@Entity
@Table(name = "wizard_preference")
class WizardPreference {

    @Id
    @Column(name = "username", length = Limits.USERNAME)
    private String username;

    @Column(name = "meeting_mode", nullable = false)
    private boolean meetingMode;

    protected WizardPreference() {
        // for JPA
    }

    WizardPreference(String username) {
        this.username = username;
    }

    boolean meetingMode() {
        return meetingMode;
    }

    void meetingMode(boolean on) {
        this.meetingMode = on;
    }
}
