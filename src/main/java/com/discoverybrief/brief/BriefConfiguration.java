package com.discoverybrief.brief;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the agency's branding from {@code brief.agency.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgencyBranding.class)
class BriefConfiguration {
}
