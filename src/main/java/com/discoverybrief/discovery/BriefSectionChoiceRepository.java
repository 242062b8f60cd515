package com.discoverybrief.discovery;

import org.springframework.data.jpa.repository.JpaRepository;

interface BriefSectionChoiceRepository extends JpaRepository<BriefSectionChoice, Long> {
}
