package io.mltrainer.core.port.out;

import java.util.Objects;

/**
 * The few sentences in which a surface differs from the chat platforms: what its conversation is called
 * ({@code thread}, {@code session}), how a person starts a build there, what {@code builds} says when there is none,
 * and its {@code help}. Everything else the bot says is the same on every surface.
 */
public record Wording(String place, String howToStart, String noBuilds, String help) {
    /** Slack and Discord: threads in channels, the bot mentioned. */
    public static final Wording CHAT = new Wording(
            "thread",
            "Mention me with what you'd like to build.",
            "No builds in this channel yet. Mention me with what you'd like to build.",
            """
            Describe the model you want and where the data is, e.g. "classify spam SMS, dataset sms_spam on \
            Hugging Face, train on Kaggle". I'll ask for what is missing (credentials privately).
            In a build's thread: `status`, `logs`, `cancel`, `resume`, `fork <changes>` (e.g. `fork with 10 \
            epochs`), `try <input>` once it has a model (e.g. `try 5.1, 3.5, 1.4, 0.2`), `help`. In a channel: \
            `builds`.""");

    public Wording {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(howToStart, "howToStart");
        Objects.requireNonNull(noBuilds, "noBuilds");
        Objects.requireNonNull(help, "help");
    }
}
