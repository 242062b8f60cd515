package com.discoverybrief.review;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Switches on the nightly retention job and binds its settings. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(RetentionProperties.class)
class ReviewConfiguration {
}
