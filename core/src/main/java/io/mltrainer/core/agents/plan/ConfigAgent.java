package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingConfig;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import java.time.Duration;
import java.util.List;

/** Cross-validation folds that the smallest class can fill, the metric that picks the model, a time limit. */
public final class ConfigAgent implements StageAgent {
    private final Duration timeLimit;

    public ConfigAgent(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    @Override
    public Stage stage() {
        return Stage.CONFIG;
    }

    @Override
    public boolean supports(TaskType type) {
        return type != null && type.isTabular();
    }

    @Override
    public StageResult run(StageInput input) {
        DataReport report = input.context().require(DataReport.class);
        boolean classification = input.context().taskType().orElseThrow() == TaskType.TABULAR_CLASSIFICATION;
        int folds;
        if (classification) {
            long smallest = report.classCounts().values().stream()
                    .mapToLong(Long::longValue)
                    .min()
                    .orElse(2);
            long inTraining = (long) Math.floor(smallest * (1 - PreprocessAgent.TEST_SIZE));
            folds = (int) Math.max(2, Math.min(5, inTraining));
        } else {
            folds = report.rows() < 50 ? 3 : 5;
        }
        List<String> metrics = classification ? List.of("f1_macro", "accuracy") : List.of("r2", "rmse", "mae");
        return new TrainingConfig(folds, metrics.get(0), timeLimit.toSeconds(), metrics, null, null);
    }
}
