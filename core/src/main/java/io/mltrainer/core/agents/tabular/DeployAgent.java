package io.mltrainer.core.agents.tabular;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mltrainer.core.codegen.Templates;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.ModelPackage;
import io.mltrainer.core.port.ModelRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Publishes the trained pipeline with its {@code config.json}, a model card with Hugging Face front matter and the
 * code that trained it. Nothing time-dependent is written, so deploying twice gives the same files.
 */
public final class DeployAgent implements StageAgent {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Templates templates;
    private final ModelRegistry registry;

    public DeployAgent(Templates templates, ModelRegistry registry) {
        this.templates = templates;
        this.registry = registry;
    }

    @Override
    public Stage stage() {
        return Stage.DEPLOY;
    }

    @Override
    public boolean supports(TaskType type) {
        return type != null && type.isTabular();
    }

    @Override
    public StageResult run(StageInput input) {
        JobContext context = input.context();
        ParsedIntent intent = context.require(ParsedIntent.class);
        TrainingRun run = context.require(TrainingRun.class);
        GeneratedCode code = context.require(GeneratedCode.class);
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile("config.json", config(context)));
        files.add(new GeneratedFile("README.md", templates.render("tabular/README.md", card(context))));
        files.addAll(code.files());
        return registry.publish(new ModelPackage(
                input.owner(), intent.modelName(), files, run.outputDir(), List.of("model.joblib", "metrics.json")));
    }

    static String config(JobContext context) {
        DataReport report = context.require(DataReport.class);
        PreprocessPlan plan = context.require(PreprocessPlan.class);
        TrainingRun run = context.require(TrainingRun.class);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("task", context.taskType().orElseThrow().id());
        config.put("library", "sklearn");
        config.put("model_file", "model.joblib");
        config.put("target", report.target());
        config.put(
                "input_columns",
                report.features().stream().map(ColumnProfile::name).toList());
        config.put("feature_columns", plan.featureColumns());
        config.put("dropped_columns", plan.dropped());
        config.put("labels", run.labels());
        config.put("best_model", run.bestModel());
        config.put("cv_scores", new TreeMap<>(run.cvScores()));
        config.put("metrics", new TreeMap<>(run.metrics()));
        config.put("dataset", fileName(report.path()));
        try {
            return JSON.writeValueAsString(config) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> card(JobContext context) {
        ParsedIntent intent = context.require(ParsedIntent.class);
        DataReport report = context.require(DataReport.class);
        TrainingRun run = context.require(TrainingRun.class);
        String pipelineTag =
                intent.taskType() == TaskType.TABULAR_CLASSIFICATION ? "tabular-classification" : "tabular-regression";
        List<Map<String, String>> metrics = new TreeMap<>(run.metrics())
                .entrySet().stream()
                        .map(e -> Map.of(
                                "type", e.getKey(),
                                "value", String.format(Locale.ROOT, "%.4f", e.getValue()),
                                "name", e.getKey().replace('_', ' ')))
                        .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", intent.modelName());
        model.put("pipeline_tag", pipelineTag);
        model.put(
                "task_name",
                intent.taskType() == TaskType.TABULAR_CLASSIFICATION ? "Tabular Classification" : "Tabular Regression");
        model.put("dataset", fileName(report.path()));
        model.put("dataset_yaml", yamlString(fileName(report.path())));
        model.put("target", report.target());
        model.put("rows", report.rows());
        model.put("best_model", run.bestModel());
        model.put("metrics", metrics);
        model.put("description", intent.description().replace("\n", " "));
        model.put("labels", String.join(", ", run.labels()));
        model.put("has_labels", !run.labels().isEmpty());
        return model;
    }

    /** A JSON string is a valid YAML scalar, whatever characters the file name has. */
    private static String yamlString(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(String path) {
        String normalized = path.replace('\\', '/');
        return normalized.substring(normalized.lastIndexOf('/') + 1);
    }
}
