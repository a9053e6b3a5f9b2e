package io.mltrainer.core.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Waits for a condition with a deadline (Awaitility), for what a test cannot be told about directly. */
public final class Waits {
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(5);

    private Waits() {}

    /** Returns as soon as {@code condition} holds; else fails naming {@code what}. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, condition, DEADLINE);
    }

    /** Returns as soon as {@code condition} holds; else fails naming {@code what} after {@code deadline}. */
    public static void until(String what, BooleanSupplier condition, Duration deadline) {
        until(what, condition, deadline, POLL, () -> "");
    }

    /**
     * Asks {@code condition} every {@code poll} and returns as soon as it holds; else fails after {@code deadline}
     * with {@code what} and {@code seen} (what the fakes saw, say).
     */
    public static void until(
            String what, BooleanSupplier condition, Duration deadline, Duration poll, Supplier<String> seen) {
        try {
            Awaitility.await(what)
                    .atMost(deadline)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(poll)
                    .until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            String context = seen.get();
            throw new AssertionError("timed out waiting for " + what + (context.isEmpty() ? "" : "; " + context), e);
        }
    }
}
