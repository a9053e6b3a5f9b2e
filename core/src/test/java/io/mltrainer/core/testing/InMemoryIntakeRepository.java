package io.mltrainer.core.testing;

import io.mltrainer.core.domain.IntakeState;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.IntakeRepository;
import io.mltrainer.core.port.out.StaleIntakeException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryIntakeRepository implements IntakeRepository {
    private final Map<ThreadKey, IntakeState> intakes = new HashMap<>();

    @Override
    public synchronized Optional<IntakeState> find(ThreadKey thread) {
        return Optional.ofNullable(intakes.get(thread));
    }

    @Override
    public synchronized Optional<IntakeState> awaitingPrivateAnswer(String owner) {
        return intakes.values().stream()
                .filter(i -> i.owner().equals(owner))
                .filter(IntakeState::awaitsCredential)
                .max(java.util.Comparator.comparing(IntakeState::updatedAt));
    }

    @Override
    public synchronized IntakeState save(IntakeState state) {
        IntakeState current = intakes.get(state.thread());
        boolean replacesFinished = state.version() == 0 && (current == null || !current.isOpen());
        if (!replacesFinished && (current == null || current.version() != state.version())) {
            throw new StaleIntakeException(state.thread(), state.version());
        }
        IntakeState stored = new IntakeState(
                state.thread(),
                state.owner(),
                state.jobId(),
                state.phase(),
                state.fields(),
                state.validated(),
                state.pending(),
                state.version() + 1,
                state.updatedAt());
        intakes.put(state.thread(), stored);
        return stored;
    }
}
