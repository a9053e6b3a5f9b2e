package io.mltrainer.core.chat;

import io.mltrainer.core.domain.Durations;
import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.ExecutionPlan;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageState;
import io.mltrainer.core.port.out.BuildCard;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link BuildCard} from what is stored: the job's stage states and its event log. */
public final class BuildCards {
    private static final int TITLE_LENGTH = 80;

    private BuildCards() {}

    public static BuildCard of(Job job, List<EventRecord> events) {
        Map<Stage, String> summaries = new EnumMap<>(Stage.class);
        String retry = null;
        String progress = null;
        for (EventRecord record : events) {
            JobEvent event = record.event();
            if (event instanceof JobEvent.StageCompleted e) {
                summaries.put(e.stage(), e.summary());
                retry = null;
            } else if (event instanceof JobEvent.StageRetrying e) {
                retry = e.stage().id() + " attempt " + e.attempt() + " failed: " + e.error() + " — retrying in "
                        + Durations.seconds(e.waitMs());
            } else if (event instanceof JobEvent.Queued e) {
                retry = e.message(); // shown until the first stage starts
            } else if (event instanceof JobEvent.StageFailed || event instanceof JobEvent.BuildFinished) {
                retry = null;
            } else if (event instanceof JobEvent.TrainingProgress e) {
                progress = EventLines.progress(e, true);
            } else if (event instanceof JobEvent.StageStarted e && e.attempt() == 1) {
                retry = null;
            }
        }
        List<Stage> stages = job.context().plan().map(ExecutionPlan::stages).orElse(List.of(Stage.INTENT));
        List<BuildCard.Line> lines = new ArrayList<>();
        for (Stage stage : stages) {
            if (stage.ordinal() > job.context().request().stopAfter().ordinal()) {
                continue;
            }
            StageState state = job.context().stageState(stage);
            BuildCard.Mark mark = mark(job, stage, state);
            Long duration = mark == BuildCard.Mark.DONE || mark == BuildCard.Mark.FAILED ? state.durationMs() : null;
            String summary = mark == BuildCard.Mark.FAILED ? state.lastError() : summaries.get(stage);
            lines.add(new BuildCard.Line(stage, mark, duration, summary));
        }
        boolean training = job.status() == JobStatus.AWAITING_RUN
                || job.currentStage().filter(s -> s == Stage.TRAIN).isPresent()
                        && job.status().isActive();
        return new BuildCard(
                job.id(),
                title(job.context().request().text()),
                job.owner(),
                job.status(),
                lines,
                job.status().isActive() ? retry : null,
                training || job.status().isTerminal() ? progress : null,
                Outcomes.links(job));
    }

    private static BuildCard.Mark mark(Job job, Stage stage, StageState state) {
        return switch (state.status()) {
            case SUCCEEDED -> BuildCard.Mark.DONE;
            case FAILED -> BuildCard.Mark.FAILED;
            case CANCELLED -> BuildCard.Mark.CANCELLED;
            case RUNNING -> job.status().isActive() ? BuildCard.Mark.RUNNING : BuildCard.Mark.CANCELLED;
            case PENDING -> job.context().hasResult(stage) ? BuildCard.Mark.DONE : BuildCard.Mark.PENDING;
        };
    }

    private static String title(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= TITLE_LENGTH ? oneLine : oneLine.substring(0, TITLE_LENGTH - 1) + "…";
    }
}
