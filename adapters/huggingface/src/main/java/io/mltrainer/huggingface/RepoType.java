package io.mltrainer.huggingface;

import java.util.Locale;

/** The kinds of Hub repository; each has its own API path ({@code /api/models/…}). */
public enum RepoType {
    MODEL,
    DATASET,
    SPACE;

    String apiPath() {
        return name().toLowerCase(Locale.ROOT) + "s";
    }

    /** The prefix of the repository's Git URLs ({@code datasets/ns/name.git}); models have none. */
    String gitPrefix() {
        return this == MODEL ? "" : apiPath() + "/";
    }

    static RepoType of(String type) {
        return type == null || type.isBlank() ? MODEL : valueOf(type.trim().toUpperCase(Locale.ROOT));
    }
}
