package io.mltrainer.persistence;

import static io.mltrainer.db.jooq.Tables.LEADER_LEASES;

import io.mltrainer.core.chat.LeaderLeases;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/**
 * Leader leases in the {@code leader_leases} table, one row per name. Taking or renewing is one conditional update
 * (the holder's own row, or an expired one) or, for a name never leased, one insert that loses to a concurrent one:
 * two replicas never both succeed. Expiry is judged by the caller's clock; replicas' clocks should agree within a
 * small fraction of the lease.
 */
final class JooqLeaderLeases implements LeaderLeases {
    private final DSLContext db;
    private final Clock clock;

    JooqLeaderLeases(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean acquire(String name, String holder, Duration ttl) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        OffsetDateTime until = now.plus(ttl);
        int renewed = db.update(LEADER_LEASES)
                .set(LEADER_LEASES.HOLDER, holder)
                .set(LEADER_LEASES.EXPIRES_AT, until)
                .where(LEADER_LEASES.NAME.eq(name))
                .and(LEADER_LEASES.HOLDER.eq(holder).or(LEADER_LEASES.EXPIRES_AT.lt(now)))
                .execute();
        if (renewed == 1) {
            return true;
        }
        return db.insertInto(LEADER_LEASES)
                        .set(LEADER_LEASES.NAME, name)
                        .set(LEADER_LEASES.HOLDER, holder)
                        .set(LEADER_LEASES.EXPIRES_AT, until)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    @Override
    public void release(String name, String holder) {
        db.deleteFrom(LEADER_LEASES)
                .where(LEADER_LEASES.NAME.eq(name))
                .and(LEADER_LEASES.HOLDER.eq(holder))
                .execute();
    }
}
