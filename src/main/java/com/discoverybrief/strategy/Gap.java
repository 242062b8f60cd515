package com.discoverybrief.strategy;

/** Something still unknown at a level, phrased (by its translation) as a question for the next meeting. */
public record Gap(AnswerField field) {
}
