package io.mltrainer.core.agents.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mltrainer.core.agents.codegen.ScriptKind;
import io.mltrainer.core.agents.codegen.ScriptModel;
import io.mltrainer.core.agents.codegen.TrainingSpec;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.TrainingRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * mltrainer's description of a published model (what it takes, what it predicts, how it scored), as JSON: the
 * {@code config.json} of classical models, {@code mltrainer.json} beside a library's own config. Nothing
 * time-dependent, so deploying twice gives the same file.
 */
final class DeployConfig {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DeployConfig() {}

    static String json(JobContext context, TrainingSpec spec, ScriptKind kind, Publication publication) {
        TrainingRun run = context.require(TrainingRun.class);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("task", spec.task().id());
        config.put("library", publication.libraryName());
        config.put("model_file", publication.modelFile());
        inputs(config, context, spec, kind);
        config.put("labels", run.labels());
        config.put("best_model", run.bestModel());
        config.put("cv_scores", new TreeMap<>(run.cvScores()));
        config.put("metrics", new TreeMap<>(run.metrics()));
        config.put("dataset", dataset(spec));
        if (spec.model().backbone() != null) {
            config.put("base_model", spec.model().backbone());
        }
        try {
            return JSON.writeValueAsString(config) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the model takes and predicts, in the terms of its family. */
    private static void inputs(Map<String, Object> config, JobContext context, TrainingSpec spec, ScriptKind kind) {
        TrainingSpec.Columns columns = spec.columns();
        switch (kind) {
            case SKLEARN_TABULAR -> {
                DataReport report = context.require(DataReport.class);
                PreprocessPlan plan = context.require(PreprocessPlan.class);
                config.put("target", report.target());
                config.put(
                        "input_columns",
                        report.features().stream().map(ColumnProfile::name).toList());
                config.put("feature_columns", plan.featureColumns());
                config.put("dropped_columns", plan.dropped());
            }
            case SKLEARN_TEXT, HF_TEXT_CLASSIFICATION -> {
                config.put("target", label(columns));
                config.put(
                        "text_columns",
                        columns.textPair() == null
                                ? List.of(columns.text())
                                : List.of(columns.text(), columns.textPair()));
            }
            case SKLEARN_IMAGES, TORCH_CNN -> {
                config.put("target", label(columns));
                config.put("image_size", ScriptModel.imageSize(spec, kind));
                config.put("image_mode", "RGB");
                config.put("pixel_scale", 1 / 255.0);
            }
            case SKLEARN_FORECASTING -> {
                config.put("target", columns.target());
                config.put("time_column", columns.time());
                config.put("series_column", columns.series());
                config.put("horizon", spec.training().horizon());
                config.put("history_file", "model_info.json");
            }
            default -> {
                config.put("target", columns.target() != null ? columns.target() : columns.label());
                config.put("input_column", columns.text() != null ? columns.text() : columns.image());
            }
        }
        if (context.hasResult(Stage.PREPROCESS)) {
            config.put("preprocessing", context.require(PreprocessPlan.class).steps());
        }
    }

    private static String label(TrainingSpec.Columns columns) {
        return columns.label() != null ? columns.label() : columns.target();
    }

    /** A file name for local data, the id for Hub and Kaggle datasets, the URL for URLs. */
    static String dataset(TrainingSpec spec) {
        String location = spec.data().location();
        if (spec.data().source() == DatasetSourceKind.LOCAL || spec.data().source() == DatasetSourceKind.ATTACHMENT) {
            String normalized = location.replace('\\', '/').replaceAll("/+$", "");
            return normalized.substring(normalized.lastIndexOf('/') + 1);
        }
        return location;
    }
}
