package io.mltrainer.core.agents.tabular;

import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import java.util.List;
import java.util.Map;

/**
 * Three candidate families with hyperparameters scaled to the data: a regularised linear model, a random forest and
 * histogram gradient boosting. The script cross-validates them and keeps the best.
 */
public final class ArchitectureAgent implements StageAgent {

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
        return new ArchitectureSpec(List.of(
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
                                Math.max(5, Math.min(20, Math.floor(rows / 20.0)))))));
    }
}
