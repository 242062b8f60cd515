package com.discoverybrief.discovery;

/**
 * One constant per length limit, used by the column, the validation and the input field alike.
 */
public final class Limits {

    /** A free-text answer: enough for a long client monologue, small enough to read in a brief. */
    public static final int ANSWER = 4_000;
    /** A name: client company, contact person, industry. */
    public static final int NAME = 200;
    /** A stored assessment as JSON: a full assessment is some 20 KB. */
    public static final int SNAPSHOT = 65_535;
    /** A review comment: a few paragraphs of coaching, short enough to read at a glance. */
    public static final int COMMENT = 2_000;
    /** Longest username an owner column holds. */
    public static final int USERNAME = 100;

    private Limits() {
    }
}
