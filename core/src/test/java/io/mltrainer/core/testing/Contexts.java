package io.mltrainer.core.testing;

import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.Deployment;
import io.mltrainer.core.domain.DroppedColumn;
import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageState;
import io.mltrainer.core.domain.StageStatus;
import io.mltrainer.core.domain.TaskPlan;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingConfig;
import io.mltrainer.core.domain.TrainingRun;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Job contexts for tests: {@link #minimal()} has nothing but the request, {@link #complete()} fills every part, so a
 * store that round-trips it round-trips any context.
 */
public final class Contexts {
    private Contexts() {}

    public static JobContext minimal() {
        return JobContext.of(request());
    }

    /** Every part set, including the parts no real build has at the same time (an active run and a finished one). */
    public static JobContext complete() {
        return new JobContext(
                request(),
                intent(),
                dataReport(),
                preprocessPlan(),
                trainingConfig(),
                architecture(),
                code(),
                runHandle(),
                trainingRun(),
                deployment(),
                stageStates(),
                failure(),
                new TaskPlan(preprocessPlan(), trainingConfig(), architecture()));
    }

    public static BuildRequest request() {
        return new BuildRequest(
                "predict churn from customers.csv, call it churn-model",
                "/data/customers.csv",
                "churned",
                "churn-model",
                Stage.DEPLOY);
    }

    public static ParsedIntent intent() {
        return new ParsedIntent(
                TaskType.TABULAR_CLASSIFICATION,
                "predict whether a customer churns",
                new DatasetSpec(DatasetSourceKind.LOCAL, "/data/customers.csv", "churned"),
                "churn-model");
    }

    public static DataReport dataReport() {
        Map<String, Long> classCounts = new LinkedHashMap<>();
        classCounts.put("no", 812L);
        classCounts.put("yes", 188L);
        return new DataReport(
                "/data/customers.csv",
                1000,
                List.of(
                        new ColumnProfile("customer_id", ColumnKind.TEXT, 0.0, 1000, true, null, null),
                        new ColumnProfile("tenure", ColumnKind.NUMERIC, 0.015, 72, false, 0.0, 72.0),
                        new ColumnProfile("plan", ColumnKind.CATEGORICAL, 0.0, 3, false, null, null),
                        new ColumnProfile("signup", ColumnKind.DATE, 0.2, 640, false, null, null),
                        new ColumnProfile("churned", ColumnKind.CATEGORICAL, 0.0, 2, false, null, null)),
                "churned",
                classCounts,
                List.of("customer_id looks like an identifier", "classes are imbalanced"));
    }

    public static PreprocessPlan preprocessPlan() {
        return new PreprocessPlan(
                List.of("tenure"),
                List.of("plan"),
                List.of("signup"),
                List.of(new DroppedColumn("customer_id", "identifier")),
                0.2,
                42,
                true);
    }

    public static TrainingConfig trainingConfig() {
        return new TrainingConfig(5, "f1_macro", 900);
    }

    public static ArchitectureSpec architecture() {
        return new ArchitectureSpec(List.of(
                new ModelCandidate("logistic_regression", Map.of("C", 1.0)),
                new ModelCandidate("random_forest", Map.of("n_estimators", 300.0, "max_depth", 12.0))));
    }

    public static GeneratedCode code() {
        return new GeneratedCode(
                "/work/builds/job-0001/code",
                "train.py",
                List.of(
                        new GeneratedFile("train.py", "import json\nprint(\"MLTRAINER {\\\"step\\\": 1}\")\n"),
                        new GeneratedFile("requirements.txt", "scikit-learn\npandas\n")));
    }

    public static RunHandle runHandle() {
        return new RunHandle(
                "local", "run-42", "/work/builds/job-0001/out", 4242L, Instant.parse("2026-01-02T03:05:00.250Z"));
    }

    public static TrainingRun trainingRun() {
        return new TrainingRun(
                "local",
                "run-42",
                "/work/builds/job-0001/out",
                Map.of("accuracy", 0.91, "f1_macro", 0.84),
                "random_forest",
                Map.of("logistic_regression", 0.79, "random_forest", 0.84),
                List.of("no", "yes"),
                61_500);
    }

    public static Deployment deployment() {
        return new Deployment(
                "huggingface",
                "someone/churn-model",
                "https://huggingface.co/someone/churn-model",
                "https://huggingface.co/spaces/someone/churn-model-demo");
    }

    public static Map<Stage, StageState> stageStates() {
        return Map.of(
                Stage.INTENT, new StageState(StageStatus.SUCCEEDED, 1, 120, null),
                Stage.DATASET, new StageState(StageStatus.SUCCEEDED, 2, 3400, "connection reset"),
                Stage.TRAIN, new StageState(StageStatus.RUNNING, 1, 0, null),
                Stage.DEPLOY, new StageState(StageStatus.FAILED, 3, 900, "401 from the Hub"));
    }

    public static Failure failure() {
        return new Failure(Stage.DEPLOY, FailureKind.AUTHENTICATION, "the Hugging Face token was refused", 3);
    }
}
