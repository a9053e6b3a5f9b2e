package io.mltrainer.llm;

import java.util.Objects;
import java.util.Optional;

/** A provider key in memory. Its {@code toString} never shows the value, so a logged record cannot leak it. */
public record ApiKey(String value) {
    public ApiKey {
        Objects.requireNonNull(value, "value");
        // OkHttp quotes a header value it rejects in its exception message: refuse such values before they get there.
        if (value.isEmpty() || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("an API key is printable ASCII without spaces");
        }
    }

    /** The key in {@code raw}, trimmed; empty when there is none or it cannot be a key. */
    public static Optional<ApiKey> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ApiKey(raw.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "ApiKey[****]";
    }
}
