package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.Durations;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import java.util.List;
import java.util.Objects;

/**
 * A build's status card, platform-neutral: each surface renders it its own way (Block Kit, a Discord message) and
 * edits it in place. {@code retry} is the retry in progress with its error, {@code progress} the latest training
 * line, {@code links} where the result is; any of them may be null or empty.
 */
public record BuildCard(
        JobId job,
        String title,
        String owner,
        JobStatus status,
        List<Line> stages,
        String retry,
        String progress,
        List<String> links) {
    public BuildCard {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(status, "status");
        stages = List.copyOf(stages);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** One stage: its mark, how long it took (null while not run), and its one-line summary (may be null). */
    public record Line(Stage stage, Mark mark, Long durationMs, String summary) {
        public String text() {
            return mark.glyph() + " " + stage.id()
                    + (durationMs == null ? "" : " " + Durations.seconds(durationMs))
                    + (summary == null || summary.isBlank() ? "" : " — " + summary);
        }
    }

    public enum Mark {
        PENDING("·"),
        RUNNING("⏳"),
        DONE("✓"),
        FAILED("✗"),
        CANCELLED("⏹");

        private final String glyph;

        Mark(String glyph) {
            this.glyph = glyph;
        }

        public String glyph() {
            return glyph;
        }
    }

    /** The card as plain lines, for surfaces without rich layout and for tests. */
    public List<String> lines() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add("Build " + job + " · " + Durations.statusWord(status) + (title == null ? "" : " · " + title));
        stages.forEach(l -> out.add(l.text()));
        if (retry != null) {
            out.add("↻ " + retry);
        }
        if (progress != null) {
            out.add("· " + progress);
        }
        out.addAll(links);
        return out;
    }
}
