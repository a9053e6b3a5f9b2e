package io.mltrainer.persistence;

import static io.mltrainer.db.jooq.Tables.INTAKES;

import io.mltrainer.core.domain.IntakeState;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.IntakeRepository;
import io.mltrainer.core.port.out.StaleIntakeException;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Intakes by thread in the {@code intakes} table: the whole state as JSON, with an optimistic version. */
final class JooqIntakeRepository implements IntakeRepository {
    private final DSLContext db;
    private final JsonCodec json;

    JooqIntakeRepository(DSLContext db, JsonCodec json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public Optional<IntakeState> find(ThreadKey thread) {
        return db.selectFrom(INTAKES)
                .where(INTAKES.THREAD_KEY.eq(thread.asString()))
                .fetchOptional(r -> withVersion(json.read(r.getState(), IntakeState.class), r.getVersion()));
    }

    @Override
    public Optional<IntakeState> awaitingPrivateAnswer(String owner) {
        return db
                .selectFrom(INTAKES)
                .where(INTAKES.OWNER.eq(owner))
                .orderBy(INTAKES.UPDATED_AT.desc())
                .fetch(r -> withVersion(json.read(r.getState(), IntakeState.class), r.getVersion()))
                .stream()
                .filter(IntakeState::awaitsCredential)
                .findFirst();
    }

    @Override
    public IntakeState save(IntakeState state) {
        int next = state.version() + 1;
        IntakeState stored = withVersion(state, next);
        String document = json.write(stored, IntakeState.class);
        var updatedAt = state.updatedAt().atOffset(ZoneOffset.UTC);
        int rows;
        if (state.version() == 0) {
            try {
                rows = db.insertInto(INTAKES)
                        .set(INTAKES.THREAD_KEY, state.thread().asString())
                        .set(INTAKES.OWNER, state.owner())
                        .set(INTAKES.STATE, document)
                        .set(INTAKES.VERSION, next)
                        .set(INTAKES.UPDATED_AT, updatedAt)
                        .execute();
            } catch (DataAccessException e) {
                if (!SqlStates.isUniqueViolation(e)) {
                    throw e;
                }
                // A finished intake of the same thread: a new one replaces it.
                rows = db.update(INTAKES)
                        .set(INTAKES.OWNER, state.owner())
                        .set(INTAKES.STATE, document)
                        .set(INTAKES.VERSION, next)
                        .set(INTAKES.UPDATED_AT, updatedAt)
                        .where(INTAKES.THREAD_KEY.eq(state.thread().asString()))
                        .execute();
            }
        } else {
            rows = db.update(INTAKES)
                    .set(INTAKES.OWNER, state.owner())
                    .set(INTAKES.STATE, document)
                    .set(INTAKES.VERSION, next)
                    .set(INTAKES.UPDATED_AT, updatedAt)
                    .where(INTAKES.THREAD_KEY.eq(state.thread().asString()))
                    .and(INTAKES.VERSION.eq(state.version()))
                    .execute();
        }
        if (rows == 0) {
            throw new StaleIntakeException(state.thread(), state.version());
        }
        return stored;
    }

    private static IntakeState withVersion(IntakeState s, int version) {
        return new IntakeState(
                s.thread(),
                s.owner(),
                s.jobId(),
                s.phase(),
                s.fields(),
                s.validated(),
                s.pending(),
                version,
                s.updatedAt());
    }
}
