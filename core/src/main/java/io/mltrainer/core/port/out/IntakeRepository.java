package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.IntakeState;
import io.mltrainer.core.domain.ThreadKey;
import java.util.Optional;

/** Intakes by thread. {@code save} is optimistic like jobs: a stale version is refused. */
public interface IntakeRepository {
    Optional<IntakeState> find(ThreadKey thread);

    /** The newest open intake of {@code owner} whose open question is a credential, if any. */
    Optional<IntakeState> awaitingPrivateAnswer(String owner);

    /** Stores the state (new when version is 0) and returns it with the next version. */
    IntakeState save(IntakeState state);
}
