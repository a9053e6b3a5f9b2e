package io.mltrainer.bot;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits on a condition with a deadline (core's Awaitility {@code Waits}); a timeout shows what the fake platform saw. */
final class Waits {
    /** Long enough for a local build on a loaded 2-core machine; a condition that holds returns at once. */
    static final Duration DEADLINE = Duration.ofSeconds(90);

    private static final Duration POLL = Duration.ofMillis(20);

    private Waits() {}

    /** Returns as soon as {@code condition} holds; else fails with {@code what} and {@code seen}. */
    static void until(String what, BooleanSupplier condition, Supplier<String> seen) {
        until(what, condition, DEADLINE, seen);
    }

    static void until(String what, BooleanSupplier condition, Duration deadline, Supplier<String> seen) {
        io.mltrainer.core.testing.Waits.until(what, condition, deadline, POLL, seen);
    }
}
