package io.mltrainer.core.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
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
        try {
            Awaitility.await(what)
                    .atMost(deadline)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL)
                    .until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }
}
