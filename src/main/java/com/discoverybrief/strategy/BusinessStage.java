package com.discoverybrief.strategy;

/**
 * Where the business is in its life: not opened yet (no clients, no figures of its own), just opened
 * (the first months, figures too young to be a baseline), or running.
 */
public enum BusinessStage { NOT_OPEN_YET, JUST_OPENED, RUNNING, UNKNOWN }
