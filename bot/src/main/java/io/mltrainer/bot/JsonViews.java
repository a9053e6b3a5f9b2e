package io.mltrainer.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.ExecutionPlan;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.JobSummary;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageState;
import io.mltrainer.core.domain.TrainingRun;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** The {@code --json} shapes, in lower snake case, one place for all commands. */
final class JsonViews {
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonViews() {}

    /** What {@code run} and {@code resume} print: the build as it ended. */
    static ObjectNode build(Job job) {
        ObjectNode node = summary(job);
        ArrayNode stages = node.putArray("stages");
        for (Stage stage : stages(job)) {
            StageState state = job.context().stageState(stage);
            ObjectNode s = stages.addObject();
            s.put("stage", stage.id());
            s.put("status", state.status().name().toLowerCase(Locale.ROOT));
            s.put("duration_ms", state.durationMs());
            s.put("attempts", state.attempts());
        }
        ObjectNode metrics = node.putObject("metrics");
        if (job.context().run() != null) {
            new TreeMap<>(job.context().run().metrics()).forEach(metrics::put);
        }
        node.set("run", run(job));
        var deployment = job.context().deployment();
        node.put("model_dir", deployment == null ? null : deployment.location());
        node.put("model_url", deployment == null || !deployment.onHub() ? null : deployment.modelUrl());
        node.put("space_url", deployment == null ? null : deployment.spaceUrl());
        node.put("commit", deployment == null ? null : deployment.commit());
        if (deployment != null && deployment.spaceStage() != null) {
            node.put("space_stage", deployment.spaceStage());
        }
        var code = job.context().code();
        node.put("code_dir", code == null ? null : code.directory());
        if (job.status() == JobStatus.FAILED && job.context().failure() != null) {
            node.put("error", job.context().failure().reason());
            node.put("failed_stage", job.context().failure().stage().id());
        } else if (job.status() == JobStatus.CANCELLED) {
            node.put("error", "cancelled");
        }
        return node;
    }

    /**
     * The training run, launched or finished: where it runs ({@code runtime}), its remote id and page, its state and
     * the GPU time it used; null before training starts.
     */
    static JsonNode run(Job job) {
        TrainingRun finished = job.context().run();
        RunHandle handle = finished != null && finished.handle() != null
                ? finished.handle()
                : job.context().activeRun();
        if (handle == null && finished == null) {
            return NullNode.getInstance();
        }
        ObjectNode run = JSON.createObjectNode();
        run.put("runtime", handle != null ? handle.runtime() : finished.runtime());
        run.put("remote_id", handle == null ? null : handle.remoteId());
        run.put("url", handle == null ? null : handle.url());
        run.put("status", runStatus(job, finished));
        if (handle == null || handle.gpuSeconds() == null) {
            run.putNull("gpu_seconds");
        } else {
            run.put("gpu_seconds", handle.gpuSeconds());
        }
        return run;
    }

    private static String runStatus(Job job, TrainingRun finished) {
        if (finished != null) {
            return "succeeded";
        }
        return switch (job.status()) {
            case AWAITING_RUN -> "running";
            case FAILED -> "failed";
            case CANCELLED -> "cancelled";
            default -> "interrupted";
        };
    }

    /** One line of {@code jobs}. */
    static ObjectNode summary(Job job) {
        return summary(JobSummary.of(job));
    }

    static ObjectNode summary(JobSummary job) {
        ObjectNode node = JSON.createObjectNode();
        node.put("job_id", job.id().value());
        node.put("status", job.status().name().toLowerCase(Locale.ROOT));
        node.put("task_type", job.taskType().map(t -> t.id()).orElse(null));
        node.put("current_stage", job.currentStage().map(Stage::id).orElse(null));
        node.put("created_at", job.createdAt().toString());
        node.put("updated_at", job.updatedAt().toString());
        return node;
    }

    /**
     * {@code show}: the build, the replica holding its lease at {@code now} ({@code lease_holder}, null when none
     * does: finished, queued, or its holder died and nobody took it over yet) and its events.
     */
    static ObjectNode detail(Job job, List<EventRecord> events, java.time.Instant now) {
        ObjectNode node = build(job);
        node.put("lease_holder", job.leaseHolder(now).orElse(null));
        node.put(
                "lease_expires_at",
                job.leaseHolder(now).isPresent() ? job.lease().expiresAt().toString() : null);
        ArrayNode list = node.putArray("events");
        for (EventRecord record : events) {
            ObjectNode event = JSON.valueToTree(record.event());
            ObjectNode entry = list.addObject();
            entry.put("seq", record.seq());
            entry.put("at", record.at().toString());
            event.properties().forEach(e -> {
                String key = snake(e.getKey());
                boolean enumField = key.equals("stage") || key.equals("status") || key.equals("kind");
                if (enumField && e.getValue().isTextual()) {
                    entry.put(key, e.getValue().asText().toLowerCase(Locale.ROOT));
                } else {
                    entry.set(key, e.getValue());
                }
            });
        }
        return node;
    }

    /** The plan's stages up to where this build stops; before the intent is known, just the intent. */
    static List<Stage> stages(Job job) {
        Stage last = job.context().request().stopAfter();
        return job.context().plan().map(ExecutionPlan::stages).orElse(List.of(Stage.INTENT)).stream()
                .filter(s -> s.ordinal() <= last.ordinal())
                .toList();
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
