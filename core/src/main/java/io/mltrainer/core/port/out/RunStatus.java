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

    /** Queued or training, {@code log} being the run's whole log so far and {@code cursor} where the last poll ended. */
    static RunStatus running(List<String> log, long cursor) {
        return new Running(after(log, cursor), log.size());
    }

    /** Ended well, {@code log} being the run's whole log. */
    static RunStatus succeeded(List<String> log, long cursor) {
        return new Succeeded(after(log, cursor), log.size());
    }

    /** Ended badly, {@code log} being the run's whole log and {@code lastLines} its end for context. */
    static RunStatus failed(FailureKind kind, String error, List<String> log, long cursor, List<String> lastLines) {
        return new Failed(kind, error, after(log, cursor), lastLines, log.size());
    }

    /**
     * The lines of a whole log written since {@code cursor}. A log shorter than the cursor was written anew (a run
     * that was restarted after a pre-emption): it is followed from its start.
     */
    static List<String> after(List<String> log, long cursor) {
        long from = cursor < 0 || log.size() < cursor ? 0 : cursor;
        return log.subList((int) from, log.size());
    }

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
