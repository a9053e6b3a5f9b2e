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
}
