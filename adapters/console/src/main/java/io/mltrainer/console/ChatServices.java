package io.mltrainer.console;

import io.mltrainer.core.intake.ContinueIntake;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.port.Workers;
import io.mltrainer.core.usecase.BuildStatus;
import io.mltrainer.core.usecase.CancelBuild;
import io.mltrainer.core.usecase.ResumeBuild;
import java.time.Clock;

/** The use cases the terminal chat drives. */
public record ChatServices(
        ContinueIntake intake,
        ResumeBuild resume,
        CancelBuild cancel,
        BuildStatus status,
        EventBus events,
        Workers workers,
        Clock clock) {}
