package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.llm.ToolResult;
import java.util.Optional;
import java.util.function.Supplier;

/** What the Hugging Face tools share: reading their arguments and turning final failures into refusals. */
final class ToolArgs {
    private ToolArgs() {}

    /** A text argument, trimmed; empty when absent or blank. */
    static Optional<String> text(JsonNode arguments, String name) {
        JsonNode value = arguments.path(name);
        return value.isTextual() && !value.asText().isBlank()
                ? Optional.of(value.asText().trim())
                : Optional.empty();
    }

    /**
     * Runs a check; a failure that retrying cannot fix (a refused token, a missing dataset) becomes a refused result
     * with its message, while a retriable one (unreachable, busy, not ready) propagates for the caller to retry.
     */
    static ToolResult checking(Supplier<ToolResult> check) {
        try {
            return check.get();
        } catch (StageException e) {
            if (e.kind().retriable()) {
                throw e;
            }
            return ToolResult.refused(e.getMessage());
        }
    }

    /** A token with spaces or line breaks was pasted wrongly; saying so beats a confusing 401. */
    static Optional<String> tokenProblem(String token) {
        return token.chars().anyMatch(Character::isWhitespace)
                ? Optional.of("The Hugging Face token contains spaces or line breaks: copy it again from "
                        + WriteRules.TOKENS_PAGE + ".")
                : Optional.empty();
    }
}
