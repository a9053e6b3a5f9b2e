package io.mltrainer.kaggle;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.llm.Tool;
import io.mltrainer.core.port.out.llm.ToolResult;
import io.mltrainer.core.port.out.llm.ToolSpec;
import java.util.Map;
import java.util.Optional;

/**
 * {@value #NAME}: whether Kaggle accepts a new API token or a legacy username and key, and whose they are. Refused
 * credentials are refused with the kind that was tried and how to get new ones.
 */
public final class ValidateKaggleCredentialsTool implements Tool {
    public static final String NAME = "validate_kaggle_credentials";
    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Checks Kaggle credentials: either an API token, or the legacy username and key of kaggle.json.",
            """
            {"type": "object",
             "properties": {
               "token": {"type": "string", "description": "a Kaggle API token (KGAT_…), as a secret reference"},
               "username": {"type": "string", "description": "the Kaggle username, for a legacy key"},
               "key": {"type": "string", "description": "the legacy key of kaggle.json, as a secret reference"}
             },
             "anyOf": [{"required": ["token"]}, {"required": ["username", "key"]}],
             "additionalProperties": false}
            """);

    private final KaggleClient kaggle;

    public ValidateKaggleCredentialsTool(KaggleClient kaggle) {
        this.kaggle = kaggle;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult execute(JsonNode arguments) {
        Optional<String> token = text(arguments, "token");
        Optional<String> username = text(arguments, "username");
        Optional<String> key = text(arguments, "key");
        Optional<String> problem = problem(token, username, key);
        if (problem.isPresent()) {
            return ToolResult.refused(problem.get());
        }
        KaggleAuth auth = KaggleAuth.of(token.orElse(null), username.orElse(null), key.orElse(null))
                .orElseThrow();
        try {
            return accepted(auth, kaggle.hello(auth));
        } catch (StageException e) {
            if (e.kind().retriable()) {
                throw e;
            }
            return ToolResult.refused(e.getMessage());
        }
    }

    private static ToolResult accepted(KaggleAuth auth, Optional<String> user) {
        boolean bearer = auth.token() != null;
        String kind = bearer ? "api_token" : "legacy_key";
        return ToolResult.ok(
                "Kaggle accepted the " + (bearer ? "API token" : "legacy key")
                        + user.map(u -> " of " + u).orElse("") + ".",
                user.map(u -> Map.of("user", u, "kind", kind)).orElse(Map.of("kind", kind)));
    }

    private static Optional<String> problem(Optional<String> token, Optional<String> username, Optional<String> key) {
        if (token.isEmpty() && key.isEmpty()) {
            return Optional.of("Give either a Kaggle API token, or the legacy username and key of kaggle.json; both"
                    + " come from " + KaggleClient.SETTINGS_PAGE + " (API section).");
        }
        if (token.isEmpty() && username.isEmpty()) {
            return Optional.of(
                    KaggleClient.looksLikeToken(key.get())
                            ? "That key looks like a new Kaggle API token: give it as a token, not as a key."
                            : "A legacy Kaggle key needs its username too (both are in kaggle.json).");
        }
        boolean mangled = token.or(() -> key).orElse("").chars().anyMatch(Character::isWhitespace);
        return mangled
                ? Optional.of("The Kaggle credential contains spaces or line breaks: copy it again from "
                        + KaggleClient.SETTINGS_PAGE + ".")
                : Optional.empty();
    }

    private static Optional<String> text(JsonNode arguments, String name) {
        JsonNode value = arguments.path(name);
        return value.isTextual() && !value.asText().isBlank()
                ? Optional.of(value.asText().trim())
                : Optional.empty();
    }
}
