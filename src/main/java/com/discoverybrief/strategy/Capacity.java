package com.discoverybrief.strategy;

/** Whether the client could serve more clients today or is at the limit of its capacity. */
public enum Capacity { CAN_TAKE_MORE, AT_LIMIT, UNKNOWN }
