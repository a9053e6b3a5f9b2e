package io.mltrainer.runtimes.modal;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.llm.Tool;
import io.mltrainer.core.port.out.llm.ToolResult;
import io.mltrainer.core.port.out.llm.ToolSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@value #NAME}: whether Modal accepts a token, by running {@code modal token info} (Modal has no HTTP API for Java)
 * with {@code MODAL_TOKEN_ID} and {@code MODAL_TOKEN_SECRET} in the child's environment only: never in ours, never
 * on its command line. A refused token is refused with the CLI's words, token values masked.
 */
public final class ModalTokenCheck implements Tool {
    public static final String NAME = "validate_modal_token";
    public static final List<String> DEFAULT_COMMAND = List.of("modal", "token", "info");
    /** The CLI starts a Python interpreter and makes one call; a minute means it hangs. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    static final String TOKENS_PAGE = "https://modal.com/settings/tokens";
    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Checks a Modal token (id and secret) with the Modal CLI and says which workspace it belongs to.",
            """
            {"type": "object",
             "properties": {
               "token_id": {"type": "string", "description": "the Modal token id (ak-…), as a secret reference"},
               "token_secret": {"type": "string",
                 "description": "the Modal token secret (as-…), as a secret reference"}
             },
             "required": ["token_id", "token_secret"],
             "additionalProperties": false}
            """);
    private static final Pattern UNREACHABLE =
            Pattern.compile("(?i)could not connect|connection (refused|reset|error)|timed out|temporarily unavailable"
                    + "|name or service not known|network is unreachable");
    private static final Pattern WORKSPACE =
            Pattern.compile("(?im)^[^A-Za-z]*workspace(?: name)?[\\s:=│|]+([A-Za-z0-9][A-Za-z0-9_.-]*)");

    private final List<String> command;
    private final Duration timeLimit;

    public ModalTokenCheck() {
        this(DEFAULT_COMMAND, DEFAULT_TIME_LIMIT);
    }

    /** @param command the program and its arguments (tests run a fake {@code modal}) */
    public ModalTokenCheck(List<String> command, Duration timeLimit) {
        this.command = List.copyOf(command);
        this.timeLimit = timeLimit;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult execute(JsonNode arguments) {
        Optional<String> id = text(arguments, "token_id");
        Optional<String> secret = text(arguments, "token_secret");
        if (id.isEmpty() || secret.isEmpty()) {
            return ToolResult.refused("A Modal token has two parts, the id (ak-…) and the secret (as-…); create one at "
                    + TOKENS_PAGE + " and send both to me privately.");
        }
        if ((id.get() + secret.get()).chars().anyMatch(Character::isWhitespace)) {
            return ToolResult.refused(
                    "The Modal token contains spaces or line breaks: copy it again from " + TOKENS_PAGE + ".");
        }
        CliRun.Result result = run(id.get(), secret.get());
        String said = CliText.summary(result.output(), id.get(), secret.get());
        return result.exitCode() == 0 ? accepted(result.output()) : failed(said);
    }

    private CliRun.Result run(String id, String secret) {
        try {
            return CliRun.run(command, Map.of("MODAL_TOKEN_ID", id, "MODAL_TOKEN_SECRET", secret), timeLimit);
        } catch (CliRun.NotStarted e) {
            throw StageException.missingDependency("The Modal CLI is not installed: pip install modal (and make"
                    + " sure `" + command.get(0) + "` is on the PATH). " + "Running it failed with: " + e.getMessage());
        }
    }

    private static ToolResult accepted(String output) {
        Matcher workspace = WORKSPACE.matcher(CliText.plain(output));
        if (workspace.find()) {
            return ToolResult.ok(
                    "Modal accepted the token (workspace " + workspace.group(1) + ").",
                    Map.of("workspace", workspace.group(1)));
        }
        return ToolResult.ok("Modal accepted the token.", Map.of());
    }

    private static ToolResult failed(String said) {
        if (said.contains("No such command")) {
            throw StageException.missingDependency("The Modal CLI is too old for `modal token info` (1.3.1 or newer"
                    + " is needed): pip install -U modal. It said: " + said);
        }
        if (UNREACHABLE.matcher(said).find()) {
            throw StageException.transientFailure(
                    "Modal could not be reached (" + said + "); retry in a minute.", null);
        }
        return ToolResult.refused("Modal refused the token: " + said + " Create a new one at " + TOKENS_PAGE
                + " (or run `modal token new`) and send its id (ak-…) and secret (as-…) to me privately.");
    }

    private static Optional<String> text(JsonNode arguments, String name) {
        JsonNode value = arguments.path(name);
        return value.isTextual() && !value.asText().isBlank()
                ? Optional.of(value.asText().trim())
                : Optional.empty();
    }
}
