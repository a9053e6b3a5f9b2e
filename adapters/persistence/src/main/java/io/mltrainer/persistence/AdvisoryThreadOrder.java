package io.mltrainer.persistence;

import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.ThreadOrder;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A thread's turn on PostgreSQL: a transaction-scoped advisory lock keyed by the thread ({@code
 * pg_advisory_xact_lock(namespace, hashtext(thread))}), held while its message is handled and released by the
 * commit, or by the server when the replica's connection dies. Two threads whose keys collide only wait for each
 * other; the two-key form keeps these locks apart from Flyway's.
 */
final class AdvisoryThreadOrder implements ThreadOrder {
    /** The first key of every thread lock ("mltt"). */
    static final int NAMESPACE = 0x6d6c7474;

    private final DSLContext db;

    AdvisoryThreadOrder(DSLContext db) {
        this.db = db;
    }

    @Override
    public void inOrder(ThreadKey thread, Runnable work) {
        db.transaction(tx -> {
            DSL.using(tx).execute("select pg_advisory_xact_lock(?, hashtext(?))", NAMESPACE, thread.asString());
            work.run();
        });
    }
}
