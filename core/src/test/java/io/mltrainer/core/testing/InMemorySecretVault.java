package io.mltrainer.core.testing;

import io.mltrainer.core.domain.secrets.MaskedHint;
import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.port.out.StoredSecret;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A vault in memory, values in the clear: for tests of what uses a vault, not of storage. */
public final class InMemorySecretVault implements SecretVault {
    private final List<Entry> entries = new ArrayList<>();
    private final Instant storedAt;
    private int nextId = 0xa1b2c3;

    public InMemorySecretVault() {
        this(Jobs.CREATED);
    }

    public InMemorySecretVault(Instant storedAt) {
        this.storedAt = storedAt;
    }

    @Override
    public synchronized SecretRef store(String owner, SecretKind kind, String value) {
        return entries.stream()
                .filter(e -> e.owner().equals(owner)
                        && e.ref().kind() == kind
                        && e.value().equals(value))
                .findFirst()
                .map(Entry::ref)
                .orElseGet(() -> add(owner, kind, value));
    }

    @Override
    public synchronized Optional<String> reveal(String owner, SecretRef ref) {
        return find(owner, ref).map(Entry::value);
    }

    @Override
    public synchronized List<StoredSecret> list(String owner) {
        return entries.stream()
                .filter(e -> e.owner().equals(owner))
                .map(e -> new StoredSecret(e.ref(), MaskedHint.of(e.ref().kind(), e.value()), storedAt))
                .toList();
    }

    @Override
    public synchronized boolean delete(String owner, SecretRef ref) {
        return find(owner, ref).map(entries::remove).orElse(false);
    }

    /** How many values are stored, for all owners. */
    public synchronized int size() {
        return entries.size();
    }

    private SecretRef add(String owner, SecretKind kind, String value) {
        SecretRef ref = new SecretRef(kind, Integer.toHexString(nextId++));
        entries.add(new Entry(owner, ref, value));
        return ref;
    }

    private Optional<Entry> find(String owner, SecretRef ref) {
        return entries.stream()
                .filter(e -> e.owner().equals(owner) && e.ref().equals(ref))
                .findFirst();
    }

    private record Entry(String owner, SecretRef ref, String value) {}
}
