package io.mltrainer.core.agents.codegen;

import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.Backbone;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.DroppedColumn;
import io.mltrainer.core.domain.Estimate;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.NeuralSettings;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.TrainingConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link TrainingSpec} of a build from its plan records: the one place that knows both the planning
 * vocabulary and the templates'. Candidate kinds are normalised ({@code tfidf_logistic_regression} and
 * {@code pixels_logistic_regression} are the template's {@code linear}), and parameters that are settings of the
 * whole run rather than of one estimator ({@code image_size}, {@code lags}, {@code season}, {@code k_min},
 * {@code k_max}) move to {@link TrainingSpec.Training}.
 */
public final class TrainingSpecs {
    private static final long DEFAULT_SEED = 42;
    private static final double DEFAULT_TEST_SIZE = 0.1;

    /** Planned kinds that are baselines every forecasting script compares against anyway. */
    private static final List<String> BASELINES = List.of("naive", "seasonal_naive");

    private static final Map<String, String> KIND_SYNONYMS = Map.of(
            "logistic_regression", "linear",
            "ridge", "linear",
            "linear_regression", "linear",
            "linear_svc", "linear_svm",
            "complement_nb", "naive_bayes",
            "gradient_boosting", "hist_gradient_boosting");

    private TrainingSpecs() {}

    public static TrainingSpec from(JobContext context) {
        ParsedIntent intent = context.require(ParsedIntent.class);
        DataReport report = context.require(DataReport.class);
        TrainingConfig config = context.require(TrainingConfig.class);
        ArchitectureSpec architecture = context.require(ArchitectureSpec.class);
        Optional<PreprocessPlan> plan = context.result(Stage.PREPROCESS).map(PreprocessPlan.class::cast);
        RunSettings settings = RunSettings.of(architecture.candidates());
        return new TrainingSpec(
                intent.taskType(),
                intent.runtime().kind(),
                accelerator(intent, architecture),
                data(report, plan),
                columns(report, plan),
                new TrainingSpec.Model(
                        architecture.library(),
                        settings.candidates(),
                        Optional.ofNullable(architecture.backbone())
                                .map(Backbone::id)
                                .orElse(null)),
                training(intent, config, report, settings),
                config.metrics(),
                plan.map(PreprocessPlan::seed).orElse(DEFAULT_SEED));
    }

    private static String accelerator(ParsedIntent intent, ArchitectureSpec architecture) {
        return Optional.ofNullable(intent.runtime().accelerator())
                .or(() -> Optional.ofNullable(architecture.estimate()).map(Estimate::accelerator))
                .orElse(null);
    }

    private static TrainingSpec.Data data(DataReport report, Optional<PreprocessPlan> plan) {
        DataSource source = report.source();
        String sourceLanguage = null;
        String targetLanguage = null;
        if (report.details() instanceof DataDetails.Seq2Seq pair) {
            sourceLanguage = pair.sourceLanguage();
            targetLanguage = pair.targetLanguage();
        }
        String boxFormat = report.details() instanceof DataDetails.Detection d ? d.bboxFormat() : null;
        return new TrainingSpec.Data(
                source.kind(),
                source.location(),
                source.format(),
                source.file(),
                source.config(),
                source.trainSplit(),
                source.validationSplit(),
                source.testSplit(),
                plan.map(PreprocessPlan::testSize).orElse(DEFAULT_TEST_SIZE),
                plan.map(PreprocessPlan::stratify).orElse(false),
                sourceLanguage,
                targetLanguage,
                boxFormat);
    }

    private static TrainingSpec.Columns columns(DataReport report, Optional<PreprocessPlan> plan) {
        ColumnRoles roles = report.roles();
        return new TrainingSpec.Columns(
                roles.target(),
                roles.text(),
                roles.textPair(),
                roles.label(),
                roles.image(),
                roles.time(),
                roles.series(),
                plan.map(PreprocessPlan::numeric).orElse(List.of()),
                plan.map(PreprocessPlan::categorical).orElse(List.of()),
                plan.map(PreprocessPlan::dates).orElse(List.of()),
                plan.map(p -> p.dropped().stream().map(DroppedColumn::name).toList())
                        .orElse(List.of()));
    }

    private static TrainingSpec.Training training(
            ParsedIntent intent, TrainingConfig config, DataReport report, RunSettings settings) {
        Optional<NeuralSettings> neural = Optional.ofNullable(config.neural());
        Optional<DataDetails.Clustering> clustering =
                report.details() instanceof DataDetails.Clustering c ? Optional.of(c) : Optional.empty();
        return new TrainingSpec.Training(
                neural.map(NeuralSettings::epochs).orElse(null),
                neural.map(NeuralSettings::batchSize).orElse(null),
                neural.map(NeuralSettings::gradientAccumulation).orElse(null),
                neural.map(NeuralSettings::learningRate).orElse(null),
                neural.map(NeuralSettings::precision).orElse(null),
                neural.map(NeuralSettings::maxLength).orElse(null),
                neural.map(NeuralSettings::imageSize).orElse(settings.integer("image_size")),
                intent.hyperparameters().maxSteps(),
                neural.map(NeuralSettings::fineTuning).orElse(intent.fineTuning()),
                neural.map(NeuralSettings::loraRank).orElse(null),
                neural.map(NeuralSettings::gradientCheckpointing).orElse(null),
                config.cvFolds() >= 2 ? config.cvFolds() : null,
                config.horizon(),
                settings.integer("lags"),
                settings.integer("season"),
                Optional.ofNullable(settings.integer("k_min"))
                        .orElse(clustering.map(DataDetails.Clustering::minK).orElse(null)),
                Optional.ofNullable(settings.integer("k_max"))
                        .orElse(clustering.map(DataDetails.Clustering::maxK).orElse(null)),
                config.timeLimitSeconds());
    }

    /** "tfidf_logistic_regression" → "linear", "lag_gradient_boosting" → "hist_gradient_boosting". */
    static String kind(String planned) {
        String kind = planned.replaceFirst("^(tfidf|pixels|pixel|lag|lags)_", "");
        return KIND_SYNONYMS.getOrDefault(kind, kind);
    }

    /** The candidates as the templates name them, and the run-wide settings some planned kinds carry. */
    private record RunSettings(List<ModelCandidate> candidates, Map<String, Double> run) {
        private static final List<String> RUN_WIDE = List.of("image_size", "lags", "season", "k_min", "k_max");

        static RunSettings of(List<ModelCandidate> planned) {
            List<ModelCandidate> candidates = new ArrayList<>();
            Map<String, Double> run = new HashMap<>();
            for (ModelCandidate candidate : planned) {
                Map<String, Double> params = new HashMap<>(candidate.params());
                RUN_WIDE.forEach(
                        key -> Optional.ofNullable(params.remove(key)).ifPresent(v -> run.putIfAbsent(key, v)));
                String kind = kind(candidate.kind());
                if (!BASELINES.contains(kind)) {
                    candidates.add(new ModelCandidate(kind, params));
                }
            }
            return new RunSettings(List.copyOf(candidates), Map.copyOf(run));
        }

        Integer integer(String key) {
            return Optional.ofNullable(run.get(key)).map(Double::intValue).orElse(null);
        }
    }
}
