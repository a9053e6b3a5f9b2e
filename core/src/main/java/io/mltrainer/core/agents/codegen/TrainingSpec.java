package io.mltrainer.core.agents.codegen;

import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import java.util.List;
import java.util.Objects;

/**
 * Everything a training template needs, flattened from a build's plan: the one contract between planning and code
 * generation ({@link TrainingSpecs#from} builds it). Null means "not applicable" or "the template's default"
 * ({@link ScriptModel} documents the defaults). Strings are plain values; templates receive them as Python literals.
 *
 * @param task the task type: with {@code model.library} it picks the template ({@link ScriptKind})
 * @param runtime where the script runs: paths, checkpointing and the Modal launcher depend on it
 * @param accelerator "cpu" or a GPU name ({@code T4}, {@code L4}, {@code A10G}, {@code A100}, {@code H100}); null: the
 *     runtime's default (Modal: T4)
 * @param data where and how the data is read on the runtime
 * @param columns the roles columns play
 * @param model classical candidates or a Hub backbone
 * @param training the numbers: epochs, batch size, learning rate, precision, LoRA…
 * @param metrics the metric names (lower snake case) the script reports, the primary one first
 * @param seed for every random choice in the script
 */
public record TrainingSpec(
        TaskType task,
        RuntimeKind runtime,
        String accelerator,
        Data data,
        Columns columns,
        Model model,
        Training training,
        List<String> metrics,
        long seed) {
    public TrainingSpec {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(training, "training");
        metrics = List.copyOf(metrics);
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("a training spec names at least one metric");
        }
    }

    /** The metric that picks the best candidate. */
    public String primaryMetric() {
        return metrics.get(0);
    }

    /**
     * Where the data is. {@code location} is a path (file or folder), URL, Hub id or Kaggle {@code owner/slug};
     * {@code file} is the file inside a Kaggle dataset (null: the whole dataset folder); {@code config} and the splits
     * are the Hub's (null: {@code train}, and a validation split cut from it by {@code testSize}); a zip archive of a
     * folder is extracted by the script; {@code stratify}
     * keeps class shares in that cut; the languages are ISO 639-1 codes of a translation pair; {@code boxFormat} is how
     * detection boxes are written: {@code coco} ({@code [x, y, width, height]}, the default) or {@code pascal_voc}
     * ({@code [x_min, y_min, x_max, y_max]}).
     */
    public record Data(
            DatasetSourceKind source,
            String location,
            DataFormat format,
            String file,
            String config,
            String trainSplit,
            String validationSplit,
            String testSplit,
            double testSize,
            boolean stratify,
            String sourceLanguage,
            String targetLanguage,
            String boxFormat) {
        public Data {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(format, "format");
            if (testSize <= 0 || testSize >= 1) {
                throw new IllegalArgumentException("test size must be between 0 and 1: " + testSize);
            }
        }

        /** A local file or folder read in place. */
        public static Data local(String path, DataFormat format) {
            return new Data(
                    DatasetSourceKind.LOCAL, path, format, null, null, null, null, null, 0.2, false, null, null, null);
        }
    }

    /**
     * The roles of columns; lists are empty, never null. {@code target}: what is predicted (tabular target, regression
     * value, summary, translation, forecast value; for detection the Hub {@code objects} column); {@code text}: the
     * input text (tokens for token classification, chat messages or the prompt for LLM data, the source text or a
     * {@code translation} dict column); {@code textPair}: a second text (a prompt's response); {@code label}: a class
     * or tag column; {@code time} and {@code series} belong to forecasting; the lists are tabular and clustering
     * features.
     */
    public record Columns(
            String target,
            String text,
            String textPair,
            String label,
            String image,
            String time,
            String series,
            List<String> numeric,
            List<String> categorical,
            List<String> dates,
            List<String> dropped) {
        public static final Columns NONE =
                new Columns(null, null, null, null, null, null, null, null, null, null, null);

        public Columns {
            numeric = numeric == null ? List.of() : List.copyOf(numeric);
            categorical = categorical == null ? List.of() : List.copyOf(categorical);
            dates = dates == null ? List.of() : List.copyOf(dates);
            dropped = dropped == null ? List.of() : List.copyOf(dropped);
        }
    }

    /**
     * Either classical {@code candidates} for scikit-learn (cross-validated, the best kept; empty: the template's
     * defaults), or a {@code backbone} Hub id to fine-tune. {@code library} is what the saved model belongs to:
     * {@code sklearn}, {@code transformers} or {@code peft}.
     */
    public record Model(String library, List<ModelCandidate> candidates, String backbone) {
        public Model {
            Objects.requireNonNull(library, "library");
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }

        public boolean classical() {
            return library.equals("sklearn");
        }
    }

    /**
     * The numbers; null: the template's default. Neural runs use epochs to {@code gradientCheckpointing} ({@code
     * maxLength} in tokens, {@code imageSize} in pixels, also the pixel grid of classical image models, {@code
     * maxSteps} overrides epochs); classical runs {@code cvFolds}; forecasting {@code horizon}, {@code lags}
     * and {@code season} (the period of the seasonal naive forecast that scales MASE; 1: the last value); clustering
     * the range of k; {@code timeLimitSeconds} is when a run stops early and saves what it has.
     */
    public record Training(
            Integer epochs,
            Integer batchSize,
            Integer gradientAccumulation,
            Double learningRate,
            Precision precision,
            Integer maxLength,
            Integer imageSize,
            Integer maxSteps,
            FineTuning fineTuning,
            Integer loraRank,
            Boolean gradientCheckpointing,
            Integer cvFolds,
            Integer horizon,
            Integer lags,
            Integer season,
            Integer minClusters,
            Integer maxClusters,
            Long timeLimitSeconds) {
        public static final Training DEFAULTS = new Training(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }
}
