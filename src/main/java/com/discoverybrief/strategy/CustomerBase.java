package com.discoverybrief.strategy;

/** What the client keeps about its customers. */
public enum CustomerBase { NONE, SPREADSHEET, EMAIL_LIST, CRM, CRM_AND_EMAIL }
