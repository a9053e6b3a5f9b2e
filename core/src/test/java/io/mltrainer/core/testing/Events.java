package io.mltrainer.core.testing;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import java.util.List;
import java.util.Map;

/** One example of each kind of {@link JobEvent}, with every field set. */
public final class Events {
    private Events() {}

    public static List<JobEvent> everyKind() {
        return List.of(
                new JobEvent.StageStarted(Stage.DATASET, 2),
                new JobEvent.StageCompleted(Stage.DATASET, 2, 3400, "1000 rows, 5 columns, target churned"),
                new JobEvent.StageRetrying(Stage.CODEGEN, 1, FailureKind.INVALID_OUTPUT, "SyntaxError line 3", 2000),
                new JobEvent.StageFailed(Stage.DEPLOY, 3, FailureKind.AUTHENTICATION, "401 from the Hub"),
                new JobEvent.TrainingProgress("cv", "fold 2 of 5", 2, 5, Map.of("f1_macro", 0.81, "loss", 0.42)),
                new JobEvent.Notice("resumed from the train stage"),
                new JobEvent.Queued(2, 1),
                new JobEvent.LlmCalled("anthropic", "claude-sonnet-4-5", 840, 1200, 310, "ok"),
                new JobEvent.ToolCalled(
                        "validate_hf_token", "{\"token\":\"secret:hf_token:7f3a9c\"}", true, "token of alice", 120),
                new JobEvent.BuildFinished(
                        JobStatus.SUCCEEDED,
                        "https://huggingface.co/someone/churn-model",
                        Map.of("accuracy", 0.91),
                        "no error"));
    }
}
