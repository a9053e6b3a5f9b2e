package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.FailureKind;
import java.util.List;
import java.util.Objects;

/**
 * What a runtime says about a run when the monitor polls it: the log lines written since the cursor it was given
 * ({@code MLTRAINER {...}} lines among them become progress events), the cursor for the next poll, and the state.
 */
public sealed interface RunStatus {
    List<String> lines();

    long cursor();

    /** Queued or training. */
    record Running(List<String> lines, long cursor) implements RunStatus {
        public Running {
            lines = List.copyOf(lines);
        }
    }

    /** Ended well: its outputs can be collected. */
    record Succeeded(List<String> lines, long cursor) implements RunStatus {
        public Succeeded {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Ended badly: the runtime's or the script's own error, and the last lines of its log for context. {@code kind}
     * is {@code RUN_FAILED} for the script's failure, {@code TRANSIENT} for a run killed from outside (pre-empted,
     * out of memory) that may succeed on another try.
     */
    record Failed(FailureKind kind, String error, List<String> lines, List<String> lastLines, long cursor)
            implements RunStatus {
        public Failed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(error, "error");
            lines = List.copyOf(lines);
            lastLines = List.copyOf(lastLines);
        }
    }
}
