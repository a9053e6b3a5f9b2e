package io.mltrainer.persistence;

import static io.mltrainer.db.jooq.Tables.SECRETS;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.mltrainer.core.domain.secrets.MaskedHint;
import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.port.out.StoredSecret;
import io.mltrainer.db.jooq.tables.records.SecretsRecord;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Secrets in the {@code secrets} table, encrypted ({@link SecretCipher}), each row its owner's. A value is found
 * again by its fingerprint, which is unique: when two writers store the same value at once, or a new random id is
 * taken already, the loser's insert is refused and it tries again, finding the winner's row the second time.
 */
final class JooqSecretVault implements SecretVault {
    private static final int ID_BYTES = 5;

    private final DSLContext db;
    private final SecretCipher cipher;
    private final SecretFingerprint fingerprint;
    private final Clock clock;
    private final SecureRandom random;
    private final Retry onClash;

    JooqSecretVault(DSLContext db, MasterKey key, Clock clock, SecureRandom random) {
        this.db = db;
        this.cipher = new SecretCipher(key, random);
        this.fingerprint = new SecretFingerprint(key);
        this.clock = clock;
        this.random = random;
        this.onClash = Retry.of(
                "secret-store",
                RetryConfig.custom()
                        .maxAttempts(5)
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                                Duration.ofMillis(2), 2.0, Duration.ofMillis(50)))
                        .retryOnException(SqlStates::isUniqueViolation)
                        .build());
    }

    @Override
    public SecretRef store(String owner, SecretKind kind, String value) {
        requireOwner(owner);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("an empty " + kind.id() + " is no secret");
        }
        String print = fingerprint.of(owner, kind, value);
        return Retry.decorateSupplier(
                        onClash, () -> stored(owner, print).orElseGet(() -> insert(owner, kind, value, print)))
                .get();
    }

    @Override
    public Optional<String> reveal(String owner, SecretRef ref) {
        return db.selectFrom(SECRETS)
                .where(owns(owner, ref))
                .fetchOptional(SecretsRecord::getCiphertext)
                .map(ciphertext -> cipher.open(ciphertext, owner, ref));
    }

    @Override
    public List<StoredSecret> list(String owner) {
        return db.selectFrom(SECRETS)
                .where(SECRETS.OWNER.eq(owner))
                .orderBy(SECRETS.CREATED_AT, SECRETS.ID)
                .fetch(r -> new StoredSecret(
                        new SecretRef(SecretKind.fromId(r.getKind()), r.getId()),
                        r.getMasked(),
                        r.getCreatedAt().toInstant()));
    }

    @Override
    public boolean delete(String owner, SecretRef ref) {
        return db.deleteFrom(SECRETS).where(owns(owner, ref)).execute() == 1;
    }

    private Optional<SecretRef> stored(String owner, String print) {
        return db.selectFrom(SECRETS)
                .where(SECRETS.FINGERPRINT.eq(print))
                .and(SECRETS.OWNER.eq(owner))
                .fetchOptional(r -> new SecretRef(SecretKind.fromId(r.getKind()), r.getId()));
    }

    private SecretRef insert(String owner, SecretKind kind, String value, String print) {
        SecretRef ref = new SecretRef(kind, newId());
        db.insertInto(SECRETS)
                .set(SECRETS.ID, ref.id())
                .set(SECRETS.OWNER, owner)
                .set(SECRETS.KIND, kind.id())
                .set(SECRETS.CIPHERTEXT, cipher.seal(value, owner, ref))
                .set(SECRETS.MASKED, MaskedHint.of(kind, value))
                .set(SECRETS.FINGERPRINT, print)
                // both databases keep microseconds: what is listed equals what was stored
                .set(
                        SECRETS.CREATED_AT,
                        clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .execute();
        return ref;
    }

    private String newId() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Condition owns(String owner, SecretRef ref) {
        return SECRETS.ID
                .eq(ref.id())
                .and(SECRETS.OWNER.eq(owner))
                .and(SECRETS.KIND.eq(ref.kind().id()));
    }

    private static void requireOwner(String owner) {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("a secret needs the user who gave it");
        }
    }
}
