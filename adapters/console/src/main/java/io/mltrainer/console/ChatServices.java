package io.mltrainer.console;

import io.mltrainer.core.chat.Conversations;
import io.mltrainer.core.intake.ContinueIntake;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.port.out.ChatSurface;
import io.mltrainer.core.port.out.Workers;
import io.mltrainer.core.usecase.BuildStatus;
import java.time.Clock;
import java.util.function.Function;

/**
 * What the terminal chat needs: the conversations of a surface (everything typed goes there), and what it reads to
 * show a session: the intake left open, the builds a dead process left, a build's events as live stage lines.
 */
public record ChatServices(
        Function<ChatSurface, Conversations> conversations,
        ContinueIntake intake,
        BuildStatus status,
        EventBus events,
        Workers workers,
        Clock clock) {}
