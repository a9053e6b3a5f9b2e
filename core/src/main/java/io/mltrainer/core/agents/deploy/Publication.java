package io.mltrainer.core.agents.deploy;

import io.mltrainer.core.agents.codegen.PythonPackage;
import io.mltrainer.core.agents.codegen.ScriptKind;
import io.mltrainer.core.agents.codegen.TrainingSpec;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.TaskType;
import java.util.ArrayList;
import java.util.List;

/**
 * How a trained model is published, by its script family: the Hub's {@code library_name} and {@code pipeline_tag}
 * (null where the Hub has none, as for image regression), the files the run produced, the {@code save_pretrained}
 * folder published at the top, mltrainer's own config file (named so that it never replaces a library's
 * {@code config.json}), and the demo app's template and packages.
 */
record Publication(
        String libraryName,
        String pipelineTag,
        String taskName,
        List<String> artifacts,
        String modelFolder,
        String configFile,
        String app,
        List<PythonPackage> appPackages) {
    private static final List<String> RESULTS = List.of("metrics.json", "model_info.json");

    static Publication of(TrainingSpec spec, ScriptKind kind) {
        TaskType task = spec.task();
        String tag = pipelineTag(task);
        String name = task == TaskType.IMAGE_REGRESSION
                ? "Image Regression"
                : task == TaskType.CLUSTERING ? "Clustering" : title(tag);
        return switch (kind) {
            case SKLEARN_TABULAR, SKLEARN_TEXT, SKLEARN_IMAGES, SKLEARN_FORECASTING ->
                new Publication(
                        "sklearn", tag, name, with("model.joblib"), null, "config.json", app(kind), sklearnApp(kind));
            case SKLEARN_CLUSTERING -> {
                // the cluster of every row travels with the model
                List<String> artifacts = new ArrayList<>(with("model.joblib"));
                artifacts.add("clusters.csv");
                yield new Publication(
                        "sklearn", tag, name, List.copyOf(artifacts), null, "config.json", app(kind), sklearnApp(kind));
            }
            case TORCH_CNN ->
                new Publication(
                        "pytorch",
                        tag,
                        name,
                        with("model.pt"),
                        null,
                        "config.json",
                        "space/images_cnn.py",
                        List.of(
                                PythonPackage.TORCH,
                                PythonPackage.NUMPY,
                                PythonPackage.PILLOW,
                                PythonPackage.HUGGINGFACE_HUB));
            case TRL_SFT -> {
                boolean adapters = spec.training().fineTuning() != FineTuning.FULL;
                yield new Publication(
                        adapters ? "peft" : "transformers",
                        tag,
                        name,
                        RESULTS,
                        "model",
                        "mltrainer.json",
                        "space/chat.py",
                        adapters
                                ? List.of(
                                        PythonPackage.TORCH,
                                        PythonPackage.TRANSFORMERS,
                                        PythonPackage.ACCELERATE,
                                        PythonPackage.PEFT)
                                : List.of(PythonPackage.TORCH, PythonPackage.TRANSFORMERS, PythonPackage.ACCELERATE));
            }
            default ->
                new Publication(
                        "transformers",
                        tag,
                        name,
                        RESULTS,
                        "model",
                        "mltrainer.json",
                        "space/pipeline.py",
                        transformersApp(kind));
        };
    }

    /** The model's file, or "." for a library's folder published at the top. */
    String modelFile() {
        return modelFolder != null ? "." : artifacts.get(0);
    }

    private static List<String> with(String model) {
        List<String> files = new ArrayList<>(List.of(model));
        files.addAll(RESULTS);
        return List.copyOf(files);
    }

    private static String app(ScriptKind kind) {
        return switch (kind) {
            case SKLEARN_TEXT -> "space/text_sklearn.py";
            case SKLEARN_IMAGES -> "space/images_sklearn.py";
            case SKLEARN_FORECASTING -> "space/forecasting.py";
            default -> "space/tabular.py";
        };
    }

    private static List<PythonPackage> sklearnApp(ScriptKind kind) {
        List<PythonPackage> packages = new ArrayList<>(List.of(
                PythonPackage.SCIKIT_LEARN, PythonPackage.PANDAS, PythonPackage.JOBLIB, PythonPackage.HUGGINGFACE_HUB));
        if (kind == ScriptKind.SKLEARN_IMAGES || kind == ScriptKind.SKLEARN_FORECASTING) {
            packages.add(PythonPackage.NUMPY);
        }
        if (kind == ScriptKind.SKLEARN_IMAGES) {
            packages.add(PythonPackage.PILLOW);
        }
        return List.copyOf(packages);
    }

    private static List<PythonPackage> transformersApp(ScriptKind kind) {
        List<PythonPackage> packages = new ArrayList<>(List.of(PythonPackage.TORCH, PythonPackage.TRANSFORMERS));
        switch (kind) {
            case HF_IMAGES -> packages.add(PythonPackage.PILLOW);
            case HF_OBJECT_DETECTION -> packages.addAll(List.of(PythonPackage.PILLOW, PythonPackage.TIMM));
            case HF_SUMMARIZATION, HF_TRANSLATION -> packages.add(PythonPackage.SENTENCEPIECE);
            default -> {}
        }
        return List.copyOf(packages);
    }

    /** The Hub's task names; image regression has none. */
    static String pipelineTag(TaskType task) {
        return switch (task) {
            case TABULAR_CLASSIFICATION -> "tabular-classification";
            case TABULAR_REGRESSION -> "tabular-regression";
            case TEXT_CLASSIFICATION -> "text-classification";
            case TOKEN_CLASSIFICATION -> "token-classification";
            case SUMMARIZATION -> "summarization";
            case TRANSLATION -> "translation";
            case TEXT_GENERATION, LLM_FINETUNING -> "text-generation";
            case IMAGE_CLASSIFICATION -> "image-classification";
            case OBJECT_DETECTION -> "object-detection";
            case TIME_SERIES_FORECASTING -> "time-series-forecasting";
            case IMAGE_REGRESSION, CLUSTERING -> null;
        };
    }

    /** "text-classification" → "Text Classification". */
    private static String title(String tag) {
        StringBuilder title = new StringBuilder();
        for (String word : tag.split("-")) {
            title.append(title.length() == 0 ? "" : " ")
                    .append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return title.toString();
    }
}
