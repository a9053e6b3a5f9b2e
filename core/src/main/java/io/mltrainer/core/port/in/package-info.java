/**
 * What the driving adapters (the chat surfaces, the terminal, the command line) call: the use cases
 * ({@link io.mltrainer.core.port.in.ChatUseCase}, {@link io.mltrainer.core.port.in.StartBuildUseCase},
 * {@link io.mltrainer.core.port.in.ResumeBuildUseCase}, {@link io.mltrainer.core.port.in.CancelBuildUseCase},
 * {@link io.mltrainer.core.port.in.BuildStatusQuery}, {@link io.mltrainer.core.port.in.TryModelUseCase}), what they
 * take ({@link io.mltrainer.core.port.in.ChatMessage}) and how they refuse
 * ({@link io.mltrainer.core.port.in.BuildRefused}). chat's Conversations and the classes of usecase implement them;
 * the adapters know only these interfaces.
 */
package io.mltrainer.core.port.in;
