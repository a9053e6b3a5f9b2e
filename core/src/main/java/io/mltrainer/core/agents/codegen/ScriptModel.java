package io.mltrainer.core.agents.codegen;

import static io.mltrainer.core.agents.codegen.PythonLiterals.bool;
import static io.mltrainer.core.agents.codegen.PythonLiterals.number;
import static io.mltrainer.core.agents.codegen.PythonLiterals.optional;
import static io.mltrainer.core.agents.codegen.PythonLiterals.string;

import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The variables of the training templates, from a spec. Values are Python literals ready to paste; booleans switch
 * template sections. A null number in the spec gets the default written here, one place for all templates.
 */
public final class ScriptModel {
    /** GPUs without bfloat16 support train in float16 (or fp32, {@link Precision#onGpu}). */
    private static final Set<String> NO_BF16 = Set.of("T4", "P100", "V100");

    /** Metrics each fine-tuning script computes at every evaluation; any other primary metric picks by the loss. */
    private static final Map<ScriptKind, Set<String>> EVALUATED = Map.of(
            ScriptKind.HF_TEXT_CLASSIFICATION, Set.of("accuracy", "f1_macro"),
            ScriptKind.HF_IMAGES, Set.of("accuracy", "f1_macro", "r2", "rmse", "mae"),
            ScriptKind.HF_TOKEN_CLASSIFICATION, Set.of("seqeval_f1", "accuracy"),
            ScriptKind.HF_SUMMARIZATION, Set.of("rouge_l"),
            ScriptKind.HF_TRANSLATION, Set.of("bleu", "chrf"));

    /** Metrics where lower is better. */
    private static final Set<String> LOWER_IS_BETTER = Set.of("loss", "eval_loss", "rmse", "mae", "perplexity");

    /** Runtime defaults: Modal's GPU when none is named, and a run's time limit when the plan sets none. */
    static final String MODAL_DEFAULT_GPU = "T4";

    static final long DEFAULT_TIME_LIMIT_SECONDS = 3600;

    /** Layouts a Hub dataset holds as one staged archive rather than as rows. */
    private static final Set<DataFormat> STAGED_LAYOUTS =
            Set.of(DataFormat.IMAGE_FOLDER, DataFormat.IMAGE_METADATA, DataFormat.COCO);

    /** Modal refuses function timeouts above a day; a run gets its limit plus ten minutes to save. */
    static final long MODAL_MAX_TIMEOUT_SECONDS = 86_400;

    private static final long MODAL_SAVE_SECONDS = 600;

    private final Map<String, Object> model = new HashMap<>();
    private final TrainingSpec spec;
    private final ScriptKind kind;

    private ScriptModel(TrainingSpec spec, ScriptKind kind) {
        this.spec = spec;
        this.kind = kind;
    }

    public static Map<String, Object> of(TrainingSpec spec, ScriptKind kind) {
        ScriptModel m = new ScriptModel(spec, kind);
        m.runtime();
        m.data();
        m.columns();
        m.model();
        m.training();
        m.packages();
        return Map.copyOf(m.model);
    }

    private void put(String key, Object value) {
        model.put(key, value);
    }

    private void runtime() {
        RuntimeKind runtime = spec.runtime();
        put("title", title(spec.task()));
        put("task_id", spec.task().id());
        put("runtime_id", runtime.id());
        put("runtime_kaggle", runtime == RuntimeKind.KAGGLE);
        put("checkpoints", bool(runtime != RuntimeKind.LOCAL));
        put(
                "default_out",
                string(
                        switch (runtime) {
                            case LOCAL -> "./output";
                            case KAGGLE -> "/kaggle/working/output";
                            case MODAL -> "/outputs/run";
                        }));
        long limit = Optional.ofNullable(spec.training().timeLimitSeconds()).orElse(DEFAULT_TIME_LIMIT_SECONDS);
        put("time_limit", Long.toString(limit));
        put("modal_timeout", Long.toString(Math.min(limit + MODAL_SAVE_SECONDS, MODAL_MAX_TIMEOUT_SECONDS)));
        Optional<String> modalGpu = modalGpu();
        put("modal_gpu", modalGpu.map(PythonLiterals::string).orElse("None"));
        put("modal_hardware", modalGpu.map(g -> g + " GPU").orElse("CPUs only"));
        put("seed", Long.toString(spec.seed()));
        put("primary_metric", string(spec.primaryMetric()));
        boolean regression = spec.task() == TaskType.TABULAR_REGRESSION || spec.task() == TaskType.IMAGE_REGRESSION;
        put("problem", string(regression ? "regression" : "classification"));
        put("tabular_search", kind == ScriptKind.SKLEARN_TABULAR);
    }

    private void data() {
        TrainingSpec.Data data = spec.data();
        DatasetSourceKind source = data.source();
        boolean onKaggle = spec.runtime() == RuntimeKind.KAGGLE;
        boolean localFile = source == DatasetSourceKind.LOCAL || source == DatasetSourceKind.ATTACHMENT;
        put("dataset_path", string(data.location()));
        put("data_file", optional(data.file()));
        put("data_config", optional(data.config()));
        put("train_split", string(Optional.ofNullable(data.trainSplit()).orElse("train")));
        put("validation_split", optional(data.validationSplit()));
        put("test_split", optional(data.testSplit()));
        put("test_size", number(data.testSize()));
        put("stratify", bool(data.stratify()));
        boolean hub = source == DatasetSourceKind.HUGGINGFACE;
        // Local data staged for Kaggle is one file (a zip of an image folder or of COCO files) in a Hub dataset:
        // downloaded and read like the local file, since load_dataset cannot read COCO from it.
        boolean stagedFile = hub && data.file() != null && STAGED_LAYOUTS.contains(data.format());
        put("source_hub", hub);
        put("read_hub", hub && !stagedFile);
        put("read_files", !hub || stagedFile);
        put("locate_hub_file", stagedFile);
        // Staged local data is a private Hub dataset: a Kaggle notebook gets the token from its secrets.
        put("hub_token_from_kaggle_secrets", onKaggle && source == DatasetSourceKind.HUGGINGFACE);
        put("source_files", source != DatasetSourceKind.HUGGINGFACE);
        put("locate_kaggle_input", onKaggle && (localFile || source == DatasetSourceKind.KAGGLE));
        put("locate_kaggle_download", !onKaggle && source == DatasetSourceKind.KAGGLE);
        put("locate_as_is", source == DatasetSourceKind.URL || (localFile && !onKaggle));
        put("modal_local_data", spec.runtime() == RuntimeKind.MODAL && localFile);
        put("data_name", string(baseName(data.location())));
        DataFormat format = data.format();
        for (DataFormat f : DataFormat.values()) {
            put("format_" + f.name().toLowerCase(java.util.Locale.ROOT), f == format);
        }
        put(
                "format_table",
                Set.of(DataFormat.CSV, DataFormat.TSV, DataFormat.JSON, DataFormat.JSONL, DataFormat.PARQUET)
                        .contains(format));
        put("hf_builder", string(hfBuilder(format)));
        put("box_format", string(Optional.ofNullable(data.boxFormat()).orElse("coco")));
        put("source_language", optional(data.sourceLanguage()));
        put("target_language", optional(data.targetLanguage()));
    }

    private void columns() {
        TrainingSpec.Columns c = spec.columns();
        put("target", optional(c.target()));
        put("text_column", optional(c.text()));
        put("text_pair_column", optional(c.textPair()));
        // A class column may be planned as the label or as the target; image folders name it "label".
        String label = c.label() != null ? c.label() : c.target();
        boolean folder = spec.data().format() == DataFormat.IMAGE_FOLDER;
        put("label_column", optional(label == null && folder ? "label" : label));
        // datasets' imagefolder loader names its image column "image" (metadata.csv's file_name becomes it), and
        // the templates read a metadata.csv's file column as an Image() column of that name too.
        boolean imageFiles =
                spec.data().format() == DataFormat.IMAGE_FOLDER || spec.data().format() == DataFormat.IMAGE_METADATA;
        put("image_column", string(c.image() == null || imageFiles ? "image" : c.image()));
        put("file_column", string(c.image() == null || c.image().equals("image") ? "file_name" : c.image()));
        put("objects_column", string(c.target() == null ? "objects" : c.target()));
        put("time_column", optional(c.time()));
        put("series_column", optional(c.series()));
        put("numeric_columns", names(c.numeric()));
        put("categorical_columns", names(c.categorical()));
        put("date_columns", names(c.dates()));
        put("dropped_columns", names(c.dropped()));
    }

    private void model() {
        put("backbone", optional(spec.model().backbone()));
        put(
                "candidates",
                spec.model().candidates().stream().map(ScriptModel::candidate).toList());
    }

    private void training() {
        TrainingSpec.Training t = spec.training();
        boolean sft = kind == ScriptKind.TRL_SFT;
        put("epochs", Integer.toString(or(t.epochs(), sft ? 1 : 3)));
        put("batch_size", Integer.toString(or(t.batchSize(), defaultBatch())));
        put("grad_accum", Integer.toString(or(t.gradientAccumulation(), sft ? 4 : 1)));
        put("learning_rate", number(Optional.ofNullable(t.learningRate()).orElse(defaultLearningRate())));
        Precision precision = Optional.ofNullable(t.precision()).orElseGet(this::defaultPrecision);
        put("bf16", bool(precision == Precision.BF16));
        put("fp16", bool(precision == Precision.FP16));
        put("max_length", Integer.toString(or(t.maxLength(), defaultMaxLength())));
        put("image_size", Integer.toString(imageSize(spec, kind)));
        put("max_steps", Integer.toString(or(t.maxSteps(), -1)));
        String best = bestMetric();
        put("best_metric", string(best));
        put("greater_is_better", bool(!LOWER_IS_BETTER.contains(best)));
        FineTuning fineTuning = Optional.ofNullable(t.fineTuning()).orElse(FineTuning.LORA);
        put("fine_tuning", string(fineTuning.name().toLowerCase(java.util.Locale.ROOT)));
        put("lora", bool(fineTuning != FineTuning.FULL));
        put("qlora", fineTuning == FineTuning.QLORA);
        put("lora_rank", Integer.toString(or(t.loraRank(), 16)));
        put(
                "gradient_checkpointing",
                bool(Optional.ofNullable(t.gradientCheckpointing()).orElse(sft)));
        put("cv_folds", Integer.toString(t.cvFolds() == null || t.cvFolds() < 2 ? 5 : t.cvFolds()));
        int horizon = or(t.horizon(), 12);
        put("horizon", Integer.toString(horizon));
        put("lags", Integer.toString(or(t.lags(), Math.min(24, Math.max(6, horizon)))));
        put("season", Integer.toString(or(t.season(), 1)));
        put("min_k", Integer.toString(or(t.minClusters(), 2)));
        put("max_k", Integer.toString(or(t.maxClusters(), 10)));
    }

    private void packages() {
        put(
                "packages",
                Requirements.of(spec, kind).stream()
                        .map(p -> Map.of(
                                "distribution",
                                string(p.pipName()),
                                "module",
                                string(p.module()),
                                "requirement",
                                string(p.requirement()),
                                "requirement_line",
                                p.requirement()))
                        .toList());
    }

    /** The GPU a Modal function asks for: none for scikit-learn code, which cannot use one, or when CPUs are asked. */
    private Optional<String> modalGpu() {
        boolean cpuOnly = kind.classical() || "cpu".equalsIgnoreCase(spec.accelerator());
        return cpuOnly ? Optional.empty() : Optional.of(gpu().orElse(MODAL_DEFAULT_GPU));
    }

    private Optional<String> gpu() {
        return Optional.ofNullable(spec.accelerator()).filter(a -> !a.equalsIgnoreCase("cpu"));
    }

    private Precision defaultPrecision() {
        if (spec.runtime() == RuntimeKind.LOCAL) {
            return Precision.FP32;
        }
        String gpu = gpu().orElse(MODAL_DEFAULT_GPU).toUpperCase(java.util.Locale.ROOT);
        return Precision.onGpu(!NO_BF16.contains(gpu), spec.model().backbone());
    }

    /**
     * The metric that picks the best checkpoint and stops training early: the plan's primary metric where the script
     * computes it at each evaluation, else the validation loss.
     */
    private String bestMetric() {
        String primary = spec.primaryMetric();
        return EVALUATED.getOrDefault(kind, Set.of()).contains(primary) ? primary : "loss";
    }

    private int defaultBatch() {
        return switch (kind) {
            case TRL_SFT, HF_OBJECT_DETECTION -> 4;
            case HF_SUMMARIZATION, HF_TRANSLATION, HF_TEXT_GENERATION -> 8;
            default -> 16;
        };
    }

    private double defaultLearningRate() {
        return switch (kind) {
            case TRL_SFT -> spec.training().fineTuning() == FineTuning.FULL ? 2e-5 : 2e-4;
            case HF_SUMMARIZATION, HF_TRANSLATION -> 1e-4;
            case HF_OBJECT_DETECTION -> 1e-4;
            default -> 5e-5;
        };
    }

    private int defaultMaxLength() {
        return switch (kind) {
            case TRL_SFT -> 1024;
            case HF_SUMMARIZATION, HF_TEXT_GENERATION -> 512;
            case HF_TRANSLATION -> 256;
            default -> 256;
        };
    }

    /** The pixel size images are resized to: the plan's, else the family's usual one. */
    public static int imageSize(TrainingSpec spec, ScriptKind kind) {
        return or(
                spec.training().imageSize(),
                switch (kind) {
                    case SKLEARN_IMAGES -> 32;
                    case TORCH_CNN -> 64;
                    case HF_OBJECT_DETECTION -> 640;
                    default -> 224;
                });
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static List<Map<String, String>> names(List<String> columns) {
        return columns.stream().map(c -> Map.of("name", string(c))).toList();
    }

    private static Map<String, String> candidate(ModelCandidate candidate) {
        return Map.of("kind", string(candidate.kind()), "params", PythonLiterals.dict(candidate.params()));
    }

    private static String hfBuilder(DataFormat format) {
        return switch (format) {
            case CSV, TSV -> "csv";
            case JSON, JSONL -> "json";
            case PARQUET -> "parquet";
            default -> "imagefolder";
        };
    }

    static String baseName(String location) {
        String trimmed = location.replace('\\', '/').replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** "Tabular classification", for the script's docstring. */
    static String title(TaskType task) {
        if (task == TaskType.LLM_FINETUNING) {
            return "LLM fine-tuning";
        }
        String words = task.id().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
