package io.mltrainer.core.domain;

import java.util.Locale;

/** Where training runs. */
public enum RuntimeKind {
    LOCAL,
    KAGGLE,
    MODAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Where a sentence says it trains: "train it {@code where()}". */
    public String where() {
        return switch (this) {
            case LOCAL -> "on this machine";
            case KAGGLE -> "on Kaggle";
            case MODAL -> "on Modal";
        };
    }
}
