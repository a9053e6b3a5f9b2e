package io.mltrainer.persistence;

import static io.mltrainer.db.jooq.Tables.DELIVERIES;

import io.mltrainer.core.port.out.Deliveries;
import java.time.Clock;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Deliveries already handled, in the {@code deliveries} table. The primary key decides: of two inserts of the same
 * id (a retry, or two replicas), exactly one succeeds.
 */
final class JooqDeliveries implements Deliveries {
    private final DSLContext db;
    private final Clock clock;

    JooqDeliveries(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean firstDelivery(String platform, String id) {
        try {
            db.insertInto(DELIVERIES)
                    .set(DELIVERIES.PLATFORM, platform)
                    .set(DELIVERIES.EVENT_ID, id)
                    .set(DELIVERIES.RECEIVED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                    .execute();
            return true;
        } catch (DataAccessException e) {
            if (SqlStates.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }
}
