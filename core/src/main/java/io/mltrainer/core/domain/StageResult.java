package io.mltrainer.core.domain;

/** The typed result of one stage; the orchestrator merges it into the {@link JobContext}. */
public sealed interface StageResult
        permits ParsedIntent,
                DataReport,
                CheckedData,
                PreprocessPlan,
                TaskPlan,
                TrainingConfig,
                ArchitectureSpec,
                GeneratedCode,
                TrainingRun,
                Deployment {
    Stage stage();
}
