package io.mltrainer.core.port;

import io.mltrainer.core.domain.GeneratedCode;

/**
 * Runs generated code briefly ({@code --smoke}: a few rows, one step) on this machine, where it has the code's
 * libraries, so that a broken script fails before a real run is spent on it.
 */
public interface SmokeRunner {
    SmokeRun run(GeneratedCode code);

    /** No smoke runs: every script counts as {@link SmokeRun.Skipped}. */
    SmokeRunner NONE = code -> new SmokeRun.Skipped("no smoke runner is configured");
}
