package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.port.out.llm.Tool;
import io.mltrainer.core.port.out.llm.ToolResult;
import io.mltrainer.core.port.out.llm.ToolSpec;
import java.util.Map;
import java.util.Optional;

/**
 * {@value #NAME}: whose a Hugging Face token is, their organisations, and whether it can publish to a namespace. A
 * token the Hub refuses, or one that cannot write to the namespace asked for, is refused with the reason.
 */
public final class ValidateHfTokenTool implements Tool {
    public static final String NAME = "validate_hf_token";
    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Checks a Hugging Face token: the user it belongs to, their organisations, and whether it can publish"
                    + " models to a namespace.",
            """
            {"type": "object",
             "properties": {
               "token": {"type": "string", "description": "the Hugging Face token, as a secret reference"},
               "namespace": {"type": "string",
                 "description": "user or organisation to publish to; the token is refused if it cannot write there"}
             },
             "required": ["token"],
             "additionalProperties": false}
            """);

    private final HubClient hub;

    public ValidateHfTokenTool(HubClient hub) {
        this.hub = hub;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult execute(JsonNode arguments) {
        Optional<String> token = ToolArgs.text(arguments, "token");
        if (token.isEmpty()) {
            return ToolResult.refused("Which Hugging Face token should I check? Create one at " + WriteRules.TOKENS_PAGE
                    + " and send it to me privately.");
        }
        Optional<String> namespace = ToolArgs.text(arguments, "namespace");
        Optional<String> problem = ToolArgs.tokenProblem(token.get())
                .or(() -> namespace.flatMap(n -> RepoName.problem("The namespace", n)));
        if (problem.isPresent()) {
            return ToolResult.refused(problem.get());
        }
        return ToolArgs.checking(() -> check(hub.whoami(token.get()), namespace));
    }

    private static ToolResult check(Whoami whoami, Optional<String> namespace) {
        WriteAccess access = HubClient.canWrite(whoami, namespace.orElse(null));
        Map<String, String> facts = Map.of(
                "user", whoami.name(),
                "orgs", String.join(",", whoami.orgNames()),
                "token_role", whoami.token().role().label(),
                "namespace", access.namespace(),
                "can_write", Boolean.toString(access.allowed()));
        String owner = "The token belongs to " + whoami.name()
                + (whoami.orgs().isEmpty() ? "" : " (organisations: " + String.join(", ", whoami.orgNames()) + ")")
                + ", a " + whoami.token().role().label() + " token";
        if (access.allowed()) {
            return ToolResult.ok(owner + "; it can publish to " + access.namespace() + ".", facts);
        }
        String cannot = owner + "; it cannot publish to " + access.namespace() + ": " + access.reason();
        // Without a target namespace the token may still serve to read gated datasets, so it is not refused.
        return new ToolResult(namespace.isEmpty(), cannot, facts);
    }
}
