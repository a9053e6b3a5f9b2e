package io.mltrainer.core.intake;

public enum IntakePhase {
    COLLECTING,
    CONFIRMING,
    STARTED,
    ABANDONED
}
