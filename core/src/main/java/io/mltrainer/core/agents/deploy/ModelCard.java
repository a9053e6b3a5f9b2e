package io.mltrainer.core.agents.deploy;

import io.mltrainer.core.agents.codegen.PythonLiterals;
import io.mltrainer.core.agents.codegen.ScriptKind;
import io.mltrainer.core.agents.codegen.TrainingSpec;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.TrainingRun;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The variables of the model card template ({@code card/README.md}): Hugging Face front matter (library, pipeline
 * tag, base model, dataset, {@code model-index} with the run's metrics) and the words and usage snippet of the
 * model's family. YAML values that may hold any character are written as JSON strings; user text in the body (the
 * request, columns, labels, file names) goes through {@link MarkdownText}, so it cannot add a link, an image, HTML or
 * a heading; {@code model-index} holds the metrics exactly as {@code metrics.json} does.
 */
final class ModelCard {
    /** A Hub repository id, the only kind of base model the card links to. */
    private static final Pattern HUB_ID = Pattern.compile("[A-Za-z0-9][\\w.-]{0,95}(?:/[A-Za-z0-9][\\w.-]{0,95})?");

    private ModelCard() {}

    static Map<String, Object> model(JobContext context, TrainingSpec spec, ScriptKind kind, Publication publication) {
        ParsedIntent intent = context.require(ParsedIntent.class);
        TrainingRun run = context.require(TrainingRun.class);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", intent.modelName());
        model.put("name_yaml", yaml(intent.modelName()));
        model.put("library_name", publication.libraryName());
        model.put("pipeline_tag", publication.pipelineTag());
        model.put(
                "task_type",
                publication.pipelineTag() != null
                        ? publication.pipelineTag()
                        : spec.task().id().replace('_', '-'));
        model.put("task_name", publication.taskName());
        String backbone = spec.model().backbone();
        model.put("base_model", backbone == null ? null : MarkdownText.escape(backbone));
        model.put("base_model_url", backbone != null && HUB_ID.matcher(backbone).matches() ? backbone : null);
        model.put(
                "base_model_yaml",
                spec.model().backbone() == null ? null : yaml(spec.model().backbone()));
        boolean hub = spec.data().source() == DatasetSourceKind.HUGGINGFACE;
        model.put("hub_dataset_yaml", hub ? yaml(spec.data().location()) : null);
        model.put("dataset", MarkdownText.escape(DeployConfig.dataset(spec)));
        model.put("dataset_yaml", yaml(DeployConfig.dataset(spec)));
        model.put("split", kind.classical() ? "test" : "validation");
        model.put("tags", tags(spec, kind, publication));
        model.put("metrics", metrics(run));
        model.put("description", MarkdownText.escape(intent.description()));
        model.put("target", MarkdownText.escape(target(spec)));
        model.put("rows", context.require(DataReport.class).rows());
        model.put("best_model", run.bestModel() == null ? null : MarkdownText.escape(run.bestModel()));
        model.put("tuned", tuned(run));
        model.put("labels", run.labels().stream().map(MarkdownText::escape).collect(Collectors.joining(", ")));
        model.put("has_labels", !run.labels().isEmpty());
        model.put("config_file", publication.configFile());
        // Every usage section has its key (templates render strictly): the one that fits is on, the others off.
        USAGES.forEach(u -> model.put("usage_" + u, u.equals(usage(kind))));
        model.put("pipeline_task", publication.pipelineTag());
        model.put("training", CardTraining.lines(spec, run));
        return model;
    }

    private static List<String> tags(TrainingSpec spec, ScriptKind kind, Publication publication) {
        List<String> tags = new ArrayList<>();
        tags.add(
                publication.pipelineTag() != null
                        ? publication.pipelineTag()
                        : spec.task().id().replace('_', '-'));
        tags.add(publication.libraryName());
        if (kind == ScriptKind.TRL_SFT) {
            FineTuning method = spec.training().fineTuning() == null
                    ? FineTuning.LORA
                    : spec.training().fineTuning();
            tags.addAll(List.of("trl", "sft", method.name().toLowerCase(Locale.ROOT)));
        }
        tags.add("mltrainer");
        return tags;
    }

    /**
     * "xgboost 0.9512, random_forest 0.9480": the kinds the tabular script tuned (its {@code <kind>_tuned} CV scores),
     * or null when nothing was tuned. The budget and trials are in {@code model_info.json}'s {@code search}.
     */
    static String tuned(TrainingRun run) {
        String tuned = new TreeMap<>(run.cvScores())
                .entrySet().stream()
                        .filter(e -> e.getKey().endsWith("_tuned") && e.getValue() != null)
                        .map(e -> e.getKey().substring(0, e.getKey().length() - "_tuned".length()) + " "
                                + String.format(Locale.ROOT, "%.4f", e.getValue()))
                        .collect(java.util.stream.Collectors.joining(", "));
        return tuned.isEmpty() ? null : tuned;
    }

    private static List<Map<String, String>> metrics(TrainingRun run) {
        return new TreeMap<>(run.metrics())
                .entrySet().stream()
                        .map(e -> Map.of(
                                "type", e.getKey(),
                                "value", String.format(Locale.ROOT, "%.4f", e.getValue()),
                                "exact", exact(e.getValue()),
                                "name", e.getKey().replace('_', ' ')))
                        .toList();
    }

    /** The value as metrics.json holds it: every digit, never an exponent (YAML reads it back as the same double). */
    static String exact(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    private static String target(TrainingSpec spec) {
        TrainingSpec.Columns c = spec.columns();
        return c.label() != null
                ? c.label()
                : c.target() != null ? c.target() : spec.task().id();
    }

    /** Which usage snippet of the template fits the family. */
    /** The card's usage sections, one per way a model is loaded. */
    private static final java.util.List<String> USAGES = java.util.List.of(
            "tabular", "text_sklearn", "images_sklearn", "forecasting", "cnn", "llm", "images", "pipeline");

    private static String usage(ScriptKind kind) {
        return switch (kind) {
            case SKLEARN_TABULAR, SKLEARN_CLUSTERING -> "tabular";
            case SKLEARN_TEXT -> "text_sklearn";
            case SKLEARN_IMAGES -> "images_sklearn";
            case SKLEARN_FORECASTING -> "forecasting";
            case TORCH_CNN -> "cnn";
            case TRL_SFT -> "llm";
            case HF_IMAGES -> "images";
            default -> "pipeline";
        };
    }

    /** A JSON string is a valid YAML scalar, whatever characters it holds. */
    static String yaml(String value) {
        return PythonLiterals.string(value);
    }
}
