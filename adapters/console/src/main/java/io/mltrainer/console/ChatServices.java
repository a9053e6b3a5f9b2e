package io.mltrainer.console;

import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.port.in.BuildStatusQuery;
import io.mltrainer.core.port.in.ChatUseCase;
import io.mltrainer.core.port.out.ChatSurface;
import io.mltrainer.core.port.out.Workers;
import java.time.Clock;
import java.util.function.Function;

/**
 * What the terminal chat needs: the conversations of a surface (everything typed goes there), and what it reads to
 * show a session: the builds a dead process left, a build's events as live stage lines.
 */
public record ChatServices(
        Function<ChatSurface, ? extends ChatUseCase> conversations,
        BuildStatusQuery status,
        EventBus events,
        Workers workers,
        Clock clock) {}
