package io.mltrainer.huggingface;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recent {@code whoami-v2} answers: the Hub rate-limits that endpoint strictly, and intake, deploy and repository
 * checks all ask it about the same token within minutes. Entries are keyed by a SHA-256 of the token so that the
 * cache never holds a token in the clear.
 */
final class WhoamiCache {
    /** Enough for every user of one process; past it, expired entries go first, then everything. */
    private static final int MAX_ENTRIES = 1_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;

    WhoamiCache(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    Optional<Whoami> get(String token) {
        Entry entry = entries.get(key(token));
        return entry != null && clock.instant().isBefore(entry.expires())
                ? Optional.of(entry.whoami())
                : Optional.empty();
    }

    Whoami put(String token, Whoami whoami) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(token), new Entry(whoami, clock.instant().plus(ttl)));
        return whoami;
    }

    /** The keys as stored, for tests that check no token is among them. */
    Set<String> keys() {
        return Set.copyOf(entries.keySet());
    }

    static String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Entry(Whoami whoami, Instant expires) {}
}
