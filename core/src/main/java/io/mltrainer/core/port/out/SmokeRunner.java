package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.GeneratedCode;

/**
 * Runs generated code briefly ({@code --smoke}: a few rows, one step) on this machine, where it has the code's
 * libraries, so that a broken script fails before a real run is spent on it.
 */
public interface SmokeRunner {
    SmokeRun run(GeneratedCode code);

    /** As {@link #run(GeneratedCode)}, reading {@code dataPath} (a local path is made visible to a sandboxed run). */
    default SmokeRun run(GeneratedCode code, String dataPath) {
        return run(code);
    }

    /** No smoke runs: every script counts as {@link SmokeRun.Skipped}. */
    SmokeRunner NONE = code -> new SmokeRun.Skipped("no smoke runner is configured");
}
