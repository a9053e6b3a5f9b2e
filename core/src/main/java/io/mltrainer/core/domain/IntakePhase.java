package io.mltrainer.core.domain;

public enum IntakePhase {
    COLLECTING,
    CONFIRMING,
    STARTED,
    ABANDONED
}
