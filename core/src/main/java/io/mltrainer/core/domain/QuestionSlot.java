package io.mltrainer.core.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the answer to a build's question fills. {@link #id()} is the name stored in a job's context (the names the
 * slots had as strings), so builds stopped on a question before the slots were typed load and resume the same.
 */
public enum QuestionSlot {
    /** Which data to learn from: the answer is a path, a URL or a dataset id. */
    DATASET,
    /** Which column to predict: the answer is one of the candidates. */
    TARGET,
    /** Which task is meant when the request and the data disagree: the answer is a task id. */
    TASK,
    /** Whether a paid or quota-limited run may start: a yes or a no. */
    CONFIRM_COST,
    /** Whether a private model's Space may get the owner's Hub token as a secret: a yes or a no. */
    SPACE_TOKEN,
    /** Anything else about the build's set-up: the answer is more words about the same request. */
    CONFIG,
    // Which column plays a role in the data, when several could: the answer names one.
    DOCUMENT,
    IMAGE,
    LABEL,
    MESSAGES,
    OBJECTS,
    PROMPT,
    RESPONSE,
    SOURCE,
    SUMMARY,
    TAGS,
    TEXT,
    TIME,
    TOKENS;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The slot stored under {@code id}; a name in capitals is read too. */
    @JsonCreator
    public static QuestionSlot fromId(String id) {
        return Arrays.stream(values())
                .filter(s -> s.id().equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no question slot named " + id));
    }
}
