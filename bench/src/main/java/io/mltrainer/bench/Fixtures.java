package io.mltrainer.bench;

import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.Deployment;
import io.mltrainer.core.domain.DroppedColumn;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.StageState;
import io.mltrainer.core.domain.StageStatus;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingConfig;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.port.out.Workers;
import io.mltrainer.persistence.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Requests, stage results and contexts the benchmarks share, and a temporary directory that cleans up. */
final class Fixtures {
    static final TaskType TYPE = TaskType.TABULAR_CLASSIFICATION;

    static final Workers WORKERS = new Workers() {
        @Override
        public String self() {
            return "bench-worker";
        }

        @Override
        public boolean isAlive(String owner) {
            return owner.equals("bench-worker");
        }
    };

    private Fixtures() {}

    static BuildRequest request() {
        return new BuildRequest(
                "predict churn from customers.csv, call it churn-model",
                "/data/customers.csv",
                "churned",
                "churn-model",
                Stage.DEPLOY);
    }

    /** A small, plausible result for each of the eight stages of a tabular build. */
    static StageResult smallResult(Stage stage) {
        return switch (stage) {
            case INTENT ->
                new ParsedIntent(
                        TYPE,
                        "predict whether a customer churns",
                        new DatasetSpec(DatasetSourceKind.LOCAL, "/data/customers.csv", "churned"),
                        "churn-model");
            case DATASET -> dataReport(4);
            case PREPROCESS -> preprocessPlan(4);
            case CONFIG -> new TrainingConfig(5, "f1_macro", 600);
            case ARCHITECTURE -> architecture();
            case CODEGEN ->
                new GeneratedCode(
                        "/tmp/mltrainer/code/churn-model",
                        "train.py",
                        List.of(new GeneratedFile("train.py", "print('train')\n")));
            case TRAIN ->
                new TrainingRun(
                        "local",
                        "run-1",
                        "/tmp/mltrainer/runs/run-1",
                        Map.of("accuracy", 0.91, "f1_macro", 0.87),
                        "random_forest",
                        Map.of("random_forest", 0.87, "logistic_regression", 0.84),
                        List.of("no", "yes"),
                        1234);
            case DEPLOY -> new Deployment("local", "/tmp/mltrainer/registry/churn-model", null, null);
        };
    }

    /** The columns of a wide table: {@code count} features plus the target. */
    static DataReport dataReport(int count) {
        List<ColumnProfile> columns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ColumnKind kind = i % 3 == 2 ? ColumnKind.CATEGORICAL : ColumnKind.NUMERIC;
            columns.add(new ColumnProfile(
                    String.format(Locale.ROOT, "feature_%04d", i),
                    kind,
                    (i % 7) / 100.0,
                    kind == ColumnKind.NUMERIC ? 9_000 + i : 3 + i % 5,
                    false,
                    kind == ColumnKind.NUMERIC ? -1.5 * i : null,
                    kind == ColumnKind.NUMERIC ? 1000.25 + i : null));
        }
        columns.add(new ColumnProfile("churned", ColumnKind.CATEGORICAL, 0, 2, false, null, null));
        Map<String, Long> classCounts = new LinkedHashMap<>();
        classCounts.put("no", 8120L);
        classCounts.put("yes", 1880L);
        return new DataReport(
                "/data/customers.csv", 10_000, columns, "churned", classCounts, List.of("no missing target values"));
    }

    static PreprocessPlan preprocessPlan(int count) {
        List<String> numeric = new ArrayList<>();
        List<String> categorical = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format(Locale.ROOT, "feature_%04d", i);
            (i % 3 == 2 ? categorical : numeric).add(name);
        }
        return new PreprocessPlan(
                numeric, categorical, List.of(), List.of(new DroppedColumn("customer_id", "id-like")), 0.2, 42, true);
    }

    static ArchitectureSpec architecture() {
        return new ArchitectureSpec(List.of(
                new ModelCandidate("logistic_regression", Map.of("C", 1.0, "max_iter", 1000.0)),
                new ModelCandidate("random_forest", Map.of("n_estimators", 300.0, "max_depth", 12.0))));
    }

    /**
     * A context as it is after code generation of a wide table: {@code columns} column profiles, a preprocessing
     * plan over them, and a generated {@code train.py} padded with plausible code until the context's JSON is at
     * least {@code targetBytes} long (UTF-8; it is ASCII). The caller checks the actual size.
     */
    static JobContext largeContext(JsonCodec json, int columns, int targetBytes) {
        Map<Stage, StageState> states = new EnumMap<>(Stage.class);
        for (Stage stage : List.of(
                Stage.INTENT, Stage.DATASET, Stage.PREPROCESS, Stage.CONFIG, Stage.ARCHITECTURE, Stage.CODEGEN)) {
            states.put(stage, new StageState(StageStatus.SUCCEEDED, 1, 12, null));
        }
        JobContext base = new JobContext(
                request(),
                (ParsedIntent) smallResult(Stage.INTENT),
                dataReport(columns),
                preprocessPlan(columns),
                (TrainingConfig) smallResult(Stage.CONFIG),
                architecture(),
                null,
                null,
                null,
                null,
                states,
                null,
                null);
        int withoutCode = utf8Length(json.write(base.with(codeWith(""))));
        StringBuilder content = new StringBuilder();
        int escaped = 0;
        for (int i = 0; withoutCode + escaped < targetBytes; i++) {
            String line = codeLine(i);
            content.append(line);
            // the JSON form of the line, without the quotes a string gets
            escaped += utf8Length(json.write(line, String.class)) - 2;
        }
        return base.with(codeWith(content.toString()));
    }

    private static GeneratedCode codeWith(String trainPy) {
        return new GeneratedCode(
                "/tmp/mltrainer/code/churn-model",
                "train.py",
                List.of(
                        new GeneratedFile("train.py", trainPy),
                        new GeneratedFile("requirements.txt", "pandas\nscikit-learn\njoblib\n")));
    }

    private static String codeLine(int i) {
        return switch (i % 4) {
            case 0 -> String.format(Locale.ROOT, "def step_%d(frame):\n", i);
            case 1 ->
                String.format(Locale.ROOT, "    frame[\"feature_%04d\"] = frame[\"feature_%04d\"].fillna(0)\n", i, i);
            case 2 -> "    # keep the column order stable for the saved pipeline\n";
            default -> "    return frame\n\n";
        };
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of the files under {@code dir}, rounded to megabytes, for the record. */
    static String megabytes(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            long bytes = 0;
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(path);
            }
            return Math.round(bytes / (1024.0 * 1024.0)) + " MB";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** Daemon threads named for the bench, so that a stuck benchmark never keeps the JVM alive. */
    static java.util.concurrent.ThreadFactory daemon(String name) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
