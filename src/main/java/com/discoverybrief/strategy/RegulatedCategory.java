package com.discoverybrief.strategy;

/**
 * Whether the law restricts the advertising of what the client sells (Federal Law 38-FZ "On Advertising"):
 * medicine — medical services, medicines, medical devices, dietary supplements (art. 24); financial
 * services (art. 28); alcohol and tobacco (art. 21, and the tobacco law); another category the law
 * restricts (education under a licence, weapons, gambling …); none; or the client does not know.
 */
public enum RegulatedCategory { NONE, MEDICAL, FINANCIAL, ALCOHOL_TOBACCO, OTHER, UNKNOWN }
