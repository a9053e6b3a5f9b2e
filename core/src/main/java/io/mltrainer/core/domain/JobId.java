package io.mltrainer.core.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A build's identity: short, URL- and chat-safe. */
public record JobId(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

    public JobId {
        Objects.requireNonNull(value, "job id");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a job id: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
