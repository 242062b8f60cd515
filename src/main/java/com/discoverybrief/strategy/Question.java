package com.discoverybrief.strategy;

/** The five key questions a salesperson walks the client through, in meeting order. */
public enum Question {
    CLIENT,
    OFFER,
    ATTRACTION,
    RETENTION,
    SCALING;

    /** 1-based number as printed in the wizard and the brief. */
    public int number() {
        return ordinal() + 1;
    }
}
