package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.Estimate;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.TaskPlan;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a build from its intent and data report, deterministically, so that the preprocess, config and architecture
 * stages each record their part of one consistent plan. Time series and clustering are classical everywhere; text
 * and image tasks are classical on a CPU unless the user names a model; every other task fine-tunes a catalogue
 * backbone sized for the runtime's hardware.
 */
public final class Planner {
    private final Catalogue catalogue;
    private final long localLimitSeconds;

    public Planner(Catalogue catalogue, long localLimitSeconds) {
        this.catalogue = catalogue;
        this.localLimitSeconds = localLimitSeconds;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public TaskPlan plan(ParsedIntent intent, DataReport report) {
        TaskType type = intent.taskType();
        Hardware hardware = Hardware.of(intent.runtime(), catalogue);
        boolean classical = type == TaskType.TIME_SERIES_FORECASTING
                || type == TaskType.CLUSTERING
                || ClassicalPlanner.covers(type) && !hardware.gpu() && intent.baseModel() == null;
        return classical ? classical(intent, report, hardware) : neural(intent, report, hardware);
    }

    private TaskPlan classical(ParsedIntent intent, DataReport report, Hardware hardware) {
        TaskType type = intent.taskType();
        ClassicalChoice choice = new ClassicalPlanner().plan(type, report);
        Catalogue.Accelerator cpu = catalogue.accelerator("cpu");
        List<String> assumptions = new ArrayList<>(choice.assumptions());
        if (hardware.gpu()) {
            assumptions.add(type.id() + " trains on the runtime's CPU: a GPU would not make it faster");
        }
        Estimate estimate =
                Estimates.of(catalogue, hardware.runtime(), cpu, choice.seconds(), 1.0, localLimitSeconds, assumptions);
        TaskProfile profile = TaskProfile.of(type);
        TrainingConfig config = new TrainingConfig(
                choice.cvFolds(),
                profile.primaryMetric(),
                Estimates.timeLimit(catalogue, hardware.runtime(), choice.seconds(), localLimitSeconds),
                profile.metrics(),
                choice.horizon(),
                choice.neural());
        ArchitectureSpec architecture = new ArchitectureSpec(choice.candidates(), null, choice.library(), estimate);
        return new TaskPlan(choice.preprocess(), config, architecture);
    }

    private TaskPlan neural(ParsedIntent intent, DataReport report, Hardware hardware) {
        TaskType type = intent.taskType();
        Workload work = Workload.of(type, report);
        NeuralChoice choice = new NeuralPlanner(catalogue).plan(type, intent, work, hardware);
        Estimate estimate = Estimates.of(
                catalogue,
                hardware.runtime(),
                choice.accelerator(),
                choice.seconds(),
                choice.memoryGb(),
                localLimitSeconds,
                choice.assumptions());
        TaskProfile profile = TaskProfile.of(type);
        TrainingConfig config = new TrainingConfig(
                0,
                profile.primaryMetric(),
                Estimates.timeLimit(catalogue, hardware.runtime(), choice.seconds(), localLimitSeconds),
                profile.metrics(),
                null,
                choice.settings());
        ArchitectureSpec architecture = new ArchitectureSpec(
                List.of(), choice.backbone(), choice.backbone().library(), estimate);
        return new TaskPlan(NeuralSteps.preprocess(type, report, choice), config, architecture);
    }
}
