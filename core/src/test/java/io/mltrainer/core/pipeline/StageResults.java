package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.Deployment;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingConfig;
import io.mltrainer.core.domain.TrainingRun;
import java.util.List;
import java.util.Map;

/** A plausible result for each stage, for agents that only need to return something of the right type. */
final class StageResults {
    private StageResults() {}

    static StageResult of(Stage stage, TaskType type) {
        return switch (stage) {
            case INTENT ->
                new ParsedIntent(type, "test", new DatasetSpec(DatasetSourceKind.LOCAL, "/data/x.csv", "y"), "x-model");
            case DATASET ->
                new DataReport(
                        "/data/x.csv",
                        100,
                        List.of(
                                new ColumnProfile("a", ColumnKind.NUMERIC, 0, 100, false, 0.0, 1.0),
                                new ColumnProfile("y", ColumnKind.CATEGORICAL, 0, 2, false, null, null)),
                        "y",
                        Map.of("p", 50L, "q", 50L),
                        List.of());
            case PREPROCESS -> new PreprocessPlan(List.of("a"), List.of(), List.of(), List.of(), 0.2, 42, true);
            case CONFIG -> new TrainingConfig(5, "f1_macro", 60);
            case ARCHITECTURE -> new ArchitectureSpec(List.of(new ModelCandidate("linear", Map.of("C", 1.0))));
            case CODEGEN -> new GeneratedCode("/tmp/code", "train.py", List.of(new GeneratedFile("train.py", "")));
            case TRAIN ->
                new TrainingRun(
                        "local",
                        "run-1",
                        "/tmp/out",
                        Map.of("accuracy", 0.9),
                        "linear",
                        Map.of(),
                        List.of("p", "q"),
                        5);
            case DEPLOY -> new Deployment("local", "/tmp/registry/x", null, null);
        };
    }
}
