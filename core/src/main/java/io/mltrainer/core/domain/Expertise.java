package io.mltrainer.core.domain;

/** How much the requester seems to know: decides how much the bot explains and how many choices it offers. */
public enum Expertise {
    BEGINNER,
    INTERMEDIATE,
    EXPERT
}
