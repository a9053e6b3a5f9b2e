package io.mltrainer.core.domain;

import java.util.Objects;

/** The runtime and, when asked for, the accelerator ({@code T4}, {@code L4}, {@code A10G}, {@code A100}, {@code H100}). */
public record RuntimeSpec(RuntimeKind kind, String accelerator) {
    public static final RuntimeSpec LOCAL = new RuntimeSpec(RuntimeKind.LOCAL, null);

    public RuntimeSpec {
        Objects.requireNonNull(kind, "kind");
    }
}
