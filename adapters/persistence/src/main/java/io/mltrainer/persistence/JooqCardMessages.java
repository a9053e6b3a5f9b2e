package io.mltrainer.persistence;

import static io.mltrainer.db.jooq.Tables.CHAT_CARDS;

import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.out.CardMessages;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;

/** Status card references in the {@code chat_cards} table, one per build and platform. */
final class JooqCardMessages implements CardMessages {
    private final DSLContext db;
    private final Clock clock;

    JooqCardMessages(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<String> find(JobId job, String platform) {
        return db.select(CHAT_CARDS.MESSAGE_REF)
                .from(CHAT_CARDS)
                .where(CHAT_CARDS.JOB_ID.eq(job.value()))
                .and(CHAT_CARDS.PLATFORM.eq(platform))
                .fetchOptional(CHAT_CARDS.MESSAGE_REF);
    }

    @Override
    public void save(JobId job, String platform, String messageRef) {
        db.insertInto(CHAT_CARDS)
                .set(CHAT_CARDS.JOB_ID, job.value())
                .set(CHAT_CARDS.PLATFORM, platform)
                .set(CHAT_CARDS.MESSAGE_REF, messageRef)
                .set(CHAT_CARDS.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .onConflict(CHAT_CARDS.JOB_ID, CHAT_CARDS.PLATFORM)
                .doUpdate()
                .set(CHAT_CARDS.MESSAGE_REF, messageRef)
                .execute();
    }
}
