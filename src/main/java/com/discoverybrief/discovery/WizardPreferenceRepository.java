package com.discoverybrief.discovery;

import org.springframework.data.jpa.repository.JpaRepository;

interface WizardPreferenceRepository extends JpaRepository<WizardPreference, String> {
}
