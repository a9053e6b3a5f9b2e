package io.mltrainer.core.port.out;

/** Cooperative cancellation: long work asks this now and then and stops (killing what it started) when true. */
@FunctionalInterface
public interface CancellationToken {
    boolean isCancelled();

    CancellationToken NEVER = () -> false;
}
