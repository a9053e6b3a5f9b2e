package io.mltrainer.core.intake;

import io.mltrainer.core.domain.IntakeState;
import java.util.Optional;

/**
 * A language model's part in one intake message: it may reply in its own words and record fields through tools.
 * Empty when no model is available: the deterministic dialogue speaks alone. It never decides completeness.
 */
public interface IntakeTurn {
    Optional<Outcome> converse(IntakeState state, String message);

    record Outcome(IntakeState state, String reply) {}

    IntakeTurn OFFLINE = (state, message) -> Optional.empty();
}
