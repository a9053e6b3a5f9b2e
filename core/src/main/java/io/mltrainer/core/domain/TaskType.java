package io.mltrainer.core.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The thirteen kinds of model mltrainer builds. {@link #id()} is the wire name used in JSON and chat. */
public enum TaskType {
    TABULAR_CLASSIFICATION,
    TABULAR_REGRESSION,
    IMAGE_CLASSIFICATION,
    IMAGE_REGRESSION,
    OBJECT_DETECTION,
    TEXT_CLASSIFICATION,
    TEXT_GENERATION,
    TOKEN_CLASSIFICATION,
    SUMMARIZATION,
    TRANSLATION,
    LLM_FINETUNING,
    TIME_SERIES_FORECASTING,
    CLUSTERING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; an unknown name is an error, never a silent default. */
    public static TaskType fromId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("task type is missing; expected one of " + allIds());
        }
        String normalized = id.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values())
                .filter(t -> t.id().equals(normalized))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("unknown task type '" + id + "'; expected one of " + allIds()));
    }

    public static String allIds() {
        return Arrays.stream(values()).map(TaskType::id).collect(Collectors.joining(", "));
    }

    public boolean isTabular() {
        return this == TABULAR_CLASSIFICATION || this == TABULAR_REGRESSION;
    }

    /** Learns from pictures: its data is images, never a plain table. */
    public boolean isImage() {
        return this == IMAGE_CLASSIFICATION || this == IMAGE_REGRESSION || this == OBJECT_DETECTION;
    }
}
