package io.mltrainer.core.chat;

import io.mltrainer.core.domain.Durations;
import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.pipeline.Summaries;
import java.util.Optional;

/** Renders build events as readable lines ({@code >> dataset ✓ 0.4s}): the terminal's live lines, chat logs. */
public final class EventLines {
    private EventLines() {}

    public static Optional<String> render(EventRecord record) {
        JobEvent event = record.event();
        if (event instanceof JobEvent.StageStarted e) {
            return e.stage() == Stage.TRAIN && e.attempt() == 1
                    ? Optional.of(">> train ⏳ training…")
                    : Optional.empty();
        }
        if (event instanceof JobEvent.StageCompleted e) {
            return Optional.of(">> " + e.stage().id() + " ✓ " + seconds(e.durationMs())
                    + (e.summary() == null || e.summary().isBlank() ? "" : "  " + e.summary()));
        }
        if (event instanceof JobEvent.StageRetrying e) {
            return Optional.of(">> " + e.stage().id() + " ↻ attempt " + e.attempt() + " failed: " + e.error()
                    + " (retrying in " + seconds(e.waitMs()) + ")");
        }
        if (event instanceof JobEvent.StageFailed e) {
            // A question is asked by whoever follows the build, once; it is not an error line.
            if (e.kind() == io.mltrainer.core.domain.FailureKind.NEEDS_ANSWER) {
                return Optional.empty();
            }
            return Optional.of(">> " + e.stage().id() + " ✗ " + e.error());
        }
        if (event instanceof JobEvent.TrainingProgress e) {
            return Optional.of("   · " + progress(e, "evaluate".equals(e.phase())));
        }
        if (event instanceof JobEvent.Notice e) {
            return Optional.of("   · " + e.message());
        }
        if (event instanceof JobEvent.Queued e) {
            return Optional.of(">> ⏸ " + e.message());
        }
        return Optional.empty();
    }

    /** A training progress line: phase, step counter, message, and the metrics when {@code withMetrics}. */
    public static String progress(JobEvent.TrainingProgress e, boolean withMetrics) {
        String counter = e.step() != null && e.total() != null ? " (" + e.step() + "/" + e.total() + ")" : "";
        String metrics = e.metrics().isEmpty() || !withMetrics ? "" : " " + Summaries.metrics(e.metrics());
        return (e.phase() == null ? "" : e.phase() + counter + " ") + e.message() + metrics;
    }

    private static String seconds(long millis) {
        return Durations.seconds(millis);
    }
}
