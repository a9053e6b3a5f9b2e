package io.mltrainer.core.agents.codegen;

import io.mltrainer.core.agents.codegen.TrainingSpec.Columns;
import io.mltrainer.core.agents.codegen.TrainingSpec.Data;
import io.mltrainer.core.agents.codegen.TrainingSpec.Model;
import io.mltrainer.core.agents.codegen.TrainingSpec.Training;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import java.util.List;
import java.util.Map;

/**
 * Training specs as a planner would make them, one per task type and runtime: classical models where a CPU runtime
 * can train them, Hub backbones on GPU runtimes. The data is typical of each task (local files, Hub datasets).
 */
public final class Specs {
    private Specs() {}

    public static TrainingSpec of(TaskType task, RuntimeKind runtime) {
        boolean cpu = runtime == RuntimeKind.LOCAL;
        String gpu = cpu ? "cpu" : "T4";
        return switch (task) {
            case TABULAR_CLASSIFICATION -> tabular(task, runtime, gpu, "/data/iris.csv", "species", "f1_macro");
            case TABULAR_REGRESSION -> tabular(task, runtime, gpu, "/data/diabetes.csv", "progression", "r2");
            case TEXT_CLASSIFICATION ->
                spec(
                        task,
                        runtime,
                        gpu,
                        Data.local("/data/emails.csv", DataFormat.CSV),
                        columns(null, "text", null, "label"),
                        cpu ? classical("linear", "naive_bayes") : backbone("transformers", "distilbert-base-uncased"),
                        Training.DEFAULTS,
                        List.of("f1_macro", "accuracy"));
            case TOKEN_CLASSIFICATION ->
                spec(
                        task,
                        runtime,
                        gpu,
                        hub("eriktks/conll2003", null),
                        columns(null, "tokens", null, "ner_tags"),
                        backbone("transformers", "bert-base-cased"),
                        Training.DEFAULTS,
                        List.of("seqeval_f1"));
            case SUMMARIZATION ->
                spec(
                        task,
                        runtime,
                        gpu,
                        hub("abisee/cnn_dailymail", "3.0.0"),
                        columns("highlights", "article", null, null),
                        backbone("transformers", "google/flan-t5-small"),
                        Training.DEFAULTS,
                        List.of("rouge_l", "eval_loss"));
            case TRANSLATION ->
                spec(
                        task,
                        runtime,
                        gpu,
                        new Data(
                                DatasetSourceKind.HUGGINGFACE,
                                "Helsinki-NLP/opus_books",
                                DataFormat.HUB,
                                null,
                                "en-fr",
                                null,
                                null,
                                null,
                                0.1,
                                false,
                                "en",
                                "fr",
                                null),
                        columns(null, "translation", null, null),
                        backbone("transformers", "Helsinki-NLP/opus-mt-en-fr"),
                        Training.DEFAULTS,
                        List.of("bleu", "chrf"));
            case TEXT_GENERATION ->
                spec(
                        task,
                        runtime,
                        gpu,
                        Data.local("/data/poems.jsonl", DataFormat.JSONL),
                        columns(null, "text", null, null),
                        backbone("transformers", "openai-community/gpt2"),
                        Training.DEFAULTS,
                        List.of("perplexity", "eval_loss"));
            case LLM_FINETUNING ->
                spec(
                        task,
                        runtime,
                        gpu,
                        hub("trl-lib/Capybara", null),
                        columns(null, "messages", null, null),
                        backbone("peft", "Qwen/Qwen2.5-0.5B-Instruct"),
                        new Training(
                                1,
                                4,
                                4,
                                2e-4,
                                null,
                                1024,
                                null,
                                null,
                                cpu ? FineTuning.LORA : FineTuning.QLORA,
                                16,
                                true,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                3600L),
                        List.of("eval_loss", "perplexity"));
            case IMAGE_CLASSIFICATION ->
                spec(
                        task,
                        runtime,
                        gpu,
                        Data.local("/data/flowers", DataFormat.IMAGE_FOLDER),
                        columns(null, null, null, "label"),
                        cpu
                                ? classical("linear", "hist_gradient_boosting")
                                : backbone("transformers", "google/vit-base-patch16-224-in21k"),
                        Training.DEFAULTS,
                        List.of("f1_macro", "accuracy"));
            case IMAGE_REGRESSION ->
                spec(
                        task,
                        runtime,
                        gpu,
                        Data.local("/data/faces", DataFormat.IMAGE_METADATA),
                        columns("age", null, null, null),
                        cpu
                                ? classical("linear", "random_forest")
                                : backbone("transformers", "facebook/convnext-tiny-224"),
                        Training.DEFAULTS,
                        List.of("rmse", "mae", "r2"));
            case OBJECT_DETECTION ->
                spec(
                        task,
                        runtime,
                        gpu,
                        hub("rishitdagli/cppe-5", null),
                        new Columns("objects", null, null, null, "image", null, null, null, null, null, null),
                        backbone("transformers", "facebook/detr-resnet-50"),
                        Training.DEFAULTS,
                        List.of("map"));
            case TIME_SERIES_FORECASTING ->
                spec(
                        task,
                        runtime,
                        gpu,
                        Data.local("/data/sp500-monthly.csv", DataFormat.CSV),
                        new Columns("price", null, null, null, null, "date", null, null, null, null, null),
                        classical("linear", "hist_gradient_boosting"),
                        new Training(
                                null, null, null, null, null, null, null, null, null, null, null, null, 12, 12, 1, null,
                                null, 600L),
                        List.of("mase", "smape", "mae", "rmse"));
            case CLUSTERING ->
                spec(
                        task,
                        runtime,
                        gpu,
                        Data.local("/data/iris.csv", DataFormat.CSV),
                        new Columns(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of("sepal_length", "sepal_width", "petal_length", "petal_width"),
                                List.of(),
                                List.of(),
                                List.of("species")),
                        classical("kmeans"),
                        new Training(
                                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                                null, 2, 6, 600L),
                        List.of("silhouette"));
        };
    }

    /** Many small images on a CPU: a small CNN trained from scratch. */
    public static TrainingSpec smallCnn(RuntimeKind runtime) {
        return new TrainingSpec(
                TaskType.IMAGE_CLASSIFICATION,
                runtime,
                "cpu",
                Data.local("/data/digits.zip", DataFormat.IMAGE_FOLDER),
                columns(null, null, null, "label"),
                new Model(
                        "torch",
                        List.of(new ModelCandidate("small_cnn", Map.of("conv_blocks", 2.0, "width", 16.0))),
                        null),
                new Training(
                        10, 32, 1, 1e-3, null, null, 64, null, null, null, null, null, null, null, null, null, null,
                        600L),
                List.of("f1_macro", "accuracy"),
                42);
    }

    public static TrainingSpec withData(TrainingSpec spec, Data data) {
        return new TrainingSpec(
                spec.task(),
                spec.runtime(),
                spec.accelerator(),
                data,
                spec.columns(),
                spec.model(),
                spec.training(),
                spec.metrics(),
                spec.seed());
    }

    /** The same spec for another accelerator ({@code "A10G"}, {@code "T4"}, {@code "cpu"}). */
    public static TrainingSpec onCard(TrainingSpec spec, String accelerator) {
        return new TrainingSpec(
                spec.task(),
                spec.runtime(),
                accelerator,
                spec.data(),
                spec.columns(),
                spec.model(),
                spec.training(),
                spec.metrics(),
                spec.seed());
    }

    /** The same spec with other column roles. */
    public static TrainingSpec withColumns(TrainingSpec spec, Columns columns) {
        return new TrainingSpec(
                spec.task(),
                spec.runtime(),
                spec.accelerator(),
                spec.data(),
                columns,
                spec.model(),
                spec.training(),
                spec.metrics(),
                spec.seed());
    }

    public static Data hub(String id, String config) {
        return new Data(
                DatasetSourceKind.HUGGINGFACE,
                id,
                DataFormat.HUB,
                null,
                config,
                null,
                null,
                null,
                0.1,
                false,
                null,
                null,
                null);
    }

    public static Data kaggle(String slug, String file, DataFormat format) {
        return new Data(
                DatasetSourceKind.KAGGLE, slug, format, file, null, null, null, null, 0.2, true, null, null, null);
    }

    public static Data url(String url, DataFormat format) {
        return new Data(DatasetSourceKind.URL, url, format, null, null, null, null, null, 0.2, true, null, null, null);
    }

    private static TrainingSpec tabular(
            TaskType task, RuntimeKind runtime, String gpu, String path, String target, String metric) {
        boolean classification = task == TaskType.TABULAR_CLASSIFICATION;
        return spec(
                task,
                runtime,
                gpu,
                Data.local(path, DataFormat.CSV),
                new Columns(
                        target,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of("a", "b"),
                        List.of("colour"),
                        List.of("day"),
                        List.of("id")),
                new Model(
                        "sklearn",
                        List.of(
                                new ModelCandidate("linear", classification ? Map.of("C", 1.0) : Map.of("alpha", 1.0)),
                                new ModelCandidate("random_forest", Map.of("n_estimators", 200.0)),
                                new ModelCandidate("hist_gradient_boosting", Map.of("max_iter", 200.0))),
                        null),
                new Training(
                        null, null, null, null, null, null, null, null, null, null, null, 5, null, null, null, null,
                        null, 1800L),
                classification ? List.of(metric, "accuracy") : List.of(metric, "rmse", "mae"));
    }

    private static TrainingSpec spec(
            TaskType task,
            RuntimeKind runtime,
            String accelerator,
            Data data,
            Columns columns,
            Model model,
            Training training,
            List<String> metrics) {
        return new TrainingSpec(task, runtime, accelerator, data, columns, model, training, metrics, 42);
    }

    private static Columns columns(String target, String text, String textPair, String label) {
        return new Columns(target, text, textPair, label, null, null, null, null, null, null, null);
    }

    private static Model classical(String... kinds) {
        return new Model(
                "sklearn",
                java.util.Arrays.stream(kinds)
                        .map(k -> new ModelCandidate(k, Map.of()))
                        .toList(),
                null);
    }

    private static Model backbone(String library, String id) {
        return new Model(library, List.of(), id);
    }
}
