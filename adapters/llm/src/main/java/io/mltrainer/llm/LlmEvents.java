package io.mltrainer.llm;

import dev.langchain4j.model.output.TokenUsage;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.pipeline.EventBus;

/** Publishes one {@link JobEvent.LlmCalled} per attempt, for calls that belong to a build. */
final class LlmEvents {
    private final EventBus bus;

    LlmEvents(EventBus bus) {
        this.bus = bus;
    }

    void answered(JobId job, Endpoint endpoint, String model, long durationMs, TokenUsage usage) {
        Integer in = usage == null ? null : usage.inputTokenCount();
        Integer out = usage == null ? null : usage.outputTokenCount();
        publish(job, new JobEvent.LlmCalled(endpoint.provider().id(), model, durationMs, in, out, "ok"));
    }

    void failed(JobId job, Endpoint endpoint, long durationMs, ProviderFailure failure) {
        publish(
                job,
                new JobEvent.LlmCalled(
                        endpoint.provider().id(), endpoint.model(), durationMs, null, null, failure.outcome()));
    }

    void skipped(JobId job, Endpoint endpoint, String why) {
        publish(
                job,
                new JobEvent.LlmCalled(endpoint.provider().id(), endpoint.model(), 0, null, null, "skipped: " + why));
    }

    private void publish(JobId job, JobEvent event) {
        if (job != null) {
            bus.publish(job, event);
        }
    }
}
