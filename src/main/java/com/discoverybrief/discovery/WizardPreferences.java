package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each user chose for the wizard, remembered across devices: meeting mode hides the coaching
 * while the client looks at the screen.
 */
@Service
@Transactional(readOnly = true)
public class WizardPreferences {

    private final WizardPreferenceRepository preferences;

    WizardPreferences(WizardPreferenceRepository preferences) {
        this.preferences = preferences;
    }

    public boolean meetingMode(Actor actor) {
        return preferences.findById(actor.username()).map(WizardPreference::meetingMode).orElse(false);
    }

    @Transactional
    public void meetingMode(Actor actor, boolean on) {
        WizardPreference preference = preferences.findById(actor.username())
                .orElseGet(() -> new WizardPreference(actor.username()));
        preference.meetingMode(on);
        preferences.save(preference);
    }
}
