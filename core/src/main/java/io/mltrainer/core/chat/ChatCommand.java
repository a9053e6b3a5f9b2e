package io.mltrainer.core.chat;

import java.util.Locale;
import java.util.Optional;

/**
 * A command typed in a chat: the first word decides, the rest is the argument ({@code fork with 10 epochs},
 * {@code try Win a free cruise!}). Anything else is part of the conversation.
 */
public record ChatCommand(Kind kind, String argument) {
    public enum Kind {
        HELP,
        STATUS,
        LOGS,
        CANCEL,
        RESUME,
        FORK,
        BUILDS,
        TRY
    }

    public static Optional<ChatCommand> parse(String text) {
        String trimmed = text.strip();
        int space = trimmed.indexOf(' ');
        String word = (space < 0 ? trimmed : trimmed.substring(0, space))
                .toLowerCase(Locale.ROOT)
                .replaceAll("^[/!]", "")
                .replaceAll("[.!?]+$", "");
        String rest = space < 0 ? "" : trimmed.substring(space + 1).strip();
        Kind kind = switch (word) {
            case "help", "?" -> Kind.HELP;
            case "status" -> Kind.STATUS;
            case "logs", "log" -> Kind.LOGS;
            case "cancel", "stop" -> Kind.CANCEL;
            case "resume", "retry" -> Kind.RESUME;
            case "fork" -> Kind.FORK;
            case "builds", "jobs" -> Kind.BUILDS;
            case "try" -> Kind.TRY;
            default -> null;
        };
        if (kind == null || (!rest.isEmpty() && kind != Kind.FORK && kind != Kind.TRY)) {
            return Optional.empty(); // "stop the stopwatch" is a sentence, not a command
        }
        return Optional.of(new ChatCommand(kind, rest));
    }
}
