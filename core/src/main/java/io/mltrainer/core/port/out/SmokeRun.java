package io.mltrainer.core.port.out;

import java.util.Objects;

/** How a smoke run went: it passed, the script failed (why, in its own words), or it could not run here. */
public sealed interface SmokeRun {
    record Passed(long millis) implements SmokeRun {}

    record Failed(String problem) implements SmokeRun {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** This machine cannot run the script (its libraries are missing): it is checked statically only. */
    record Skipped(String reason) implements SmokeRun {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
