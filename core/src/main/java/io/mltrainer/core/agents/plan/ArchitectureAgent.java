package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.Estimate;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingConfig;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Four candidate families with hyperparameters scaled to the data: a regularised linear model, a random forest,
 * histogram gradient boosting and XGBoost (skipped by the script where it is not installed). The script
 * cross-validates them, tunes the best two within a time budget (Optuna) and keeps the best. They train on a CPU on
 * every runtime; the estimate says how long, search included.
 */
public final class ArchitectureAgent implements StageAgent {
    /** Seconds per row, feature, candidate and fold, measured on one laptop core (generous). */
    private static final double SECONDS_PER_CELL = 2e-5;

    private final Catalogue catalogue;

    public ArchitectureAgent() {
        this(Catalogue.load());
    }

    public ArchitectureAgent(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Stage stage() {
        return Stage.ARCHITECTURE;
    }

    @Override
    public boolean supports(TaskType type) {
        return type != null && type.isTabular();
    }

    @Override
    public StageResult run(StageInput input) {
        DataReport report = input.context().require(DataReport.class);
        boolean classification = input.context().taskType().orElseThrow() == TaskType.TABULAR_CLASSIFICATION;
        long rows = report.rows();
        double trees = rows < 2_000 ? 200 : rows < 50_000 ? 300 : 150;
        double leaf = rows < 1_000 ? 1 : Math.min(20, Math.round(rows / 1_000.0));
        double boostingRounds = rows < 5_000 ? 200 : 400;
        ModelCandidate linear = classification
                ? new ModelCandidate("linear", Map.of("C", 1.0, "max_iter", 2000.0))
                : new ModelCandidate("linear", Map.of("alpha", 1.0));
        List<ModelCandidate> candidates = List.of(
                linear,
                new ModelCandidate("random_forest", Map.of("n_estimators", trees, "min_samples_leaf", leaf)),
                new ModelCandidate(
                        "hist_gradient_boosting",
                        Map.of(
                                "max_iter",
                                boostingRounds,
                                "learning_rate",
                                0.1,
                                "min_samples_leaf",
                                Math.max(5, Math.min(20, Math.floor(rows / 20.0))))),
                new ModelCandidate("xgboost", Map.of("n_estimators", boostingRounds + 100, "learning_rate", 0.05)));
        return new ArchitectureSpec(candidates, null, "sklearn", estimate(input, report, candidates.size()));
    }

    /**
     * The search budget the tabular script gives itself (its {@code search_budget}): 6 times the cross-validation, at
     * least 10 s, at most a quarter of the time limit.
     */
    static long searchSeconds(long crossValidationSeconds, long timeLimitSeconds) {
        return Math.min(timeLimitSeconds / 4, Math.max(10, 6 * crossValidationSeconds));
    }

    private Estimate estimate(StageInput input, DataReport report, int candidates) {
        ParsedIntent intent = input.context().require(ParsedIntent.class);
        TrainingConfig config = input.context().require(TrainingConfig.class);
        int folds = Math.max(1, config.cvFolds());
        long crossValidation =
                Math.round(report.rows() * report.columns().size() * candidates * folds * SECONDS_PER_CELL);
        long search = searchSeconds(crossValidation, config.timeLimitSeconds());
        long seconds = 10
                + Math.round(report.rows() * report.columns().size() * candidates * (folds + 1) * SECONDS_PER_CELL)
                + search;
        List<String> assumptions = new ArrayList<>();
        assumptions.add(folds + "-fold cross-validation of " + candidates + " candidates on " + report.rows()
                + " rows × " + report.features().size() + " features");
        assumptions.add("then up to " + search + " s tuning the best two with Optuna, and a refit on all rows");
        if (intent.runtime().kind() != io.mltrainer.core.domain.RuntimeKind.LOCAL) {
            assumptions.add("tabular models train on the runtime's CPU: a GPU would not make them faster");
        }
        return Estimates.of(
                catalogue,
                intent.runtime().kind(),
                catalogue.accelerator("cpu"),
                seconds,
                1.0,
                config.timeLimitSeconds(),
                assumptions);
    }
}
