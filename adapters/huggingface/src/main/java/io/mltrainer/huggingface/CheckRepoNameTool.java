package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.port.out.llm.Tool;
import io.mltrainer.core.port.out.llm.ToolResult;
import io.mltrainer.core.port.out.llm.ToolSpec;
import java.util.Map;
import java.util.Optional;

/**
 * {@value #NAME}: whether a repository name follows the Hub's rules and is free to use: new, or already the
 * user's (or one of their organisations'), in which case publishing updates it. A name in someone else's namespace
 * is refused.
 */
public final class CheckRepoNameTool implements Tool {
    public static final String NAME = "check_repo_name";
    private static final ToolSpec SPEC = new ToolSpec(
            NAME, "Checks that a Hugging Face repository name is valid and not taken by someone else.", """
            {"type": "object",
             "properties": {
               "namespace": {"type": "string",
                 "description": "user or organisation that will own the repository; the token's user if omitted"},
               "name": {"type": "string", "description": "the repository name, e.g. imdb-sentiment"},
               "token": {"type": "string", "description": "the Hugging Face token, as a secret reference"},
               "type": {"type": "string", "enum": ["model", "dataset", "space"], "default": "model"}
             },
             "required": ["name", "token"],
             "additionalProperties": false}
            """);

    private final HubClient hub;

    public CheckRepoNameTool(HubClient hub) {
        this.hub = hub;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult execute(JsonNode arguments) {
        Optional<String> given = ToolArgs.text(arguments, "name");
        Optional<String> token = ToolArgs.text(arguments, "token");
        if (given.isEmpty() || token.isEmpty()) {
            return ToolResult.refused("check_repo_name needs the repository name and a Hugging Face token.");
        }
        // "owner/name" in the name field is common enough to accept
        String name = given.get().substring(given.get().lastIndexOf('/') + 1);
        Optional<String> namespace = ToolArgs.text(arguments, "namespace")
                .or(() -> given.get().contains("/")
                        ? Optional.of(given.get().substring(0, given.get().lastIndexOf('/')))
                        : Optional.empty());
        RepoType type;
        try {
            type = RepoType.of(ToolArgs.text(arguments, "type").orElse(null));
        } catch (IllegalArgumentException e) {
            return ToolResult.refused("The repository type is model, dataset or space.");
        }
        Optional<String> problem = RepoName.problem("The repository name", name)
                .or(() -> namespace.flatMap(n -> RepoName.problem("The namespace", n)))
                .or(() -> ToolArgs.tokenProblem(token.get()));
        if (problem.isPresent()) {
            return ToolResult.refused(problem.get());
        }
        return ToolArgs.checking(() -> check(type, namespace, name, token.get()));
    }

    private ToolResult check(RepoType type, Optional<String> namespace, String name, String token) {
        Whoami whoami = hub.whoami(token);
        String owner = namespace.orElse(whoami.name());
        String id = owner + "/" + name;
        if (!WriteRules.owns(whoami, owner)) {
            return ToolResult.refused(owner + " belongs to someone else: you can create repositories under "
                    + whoami.name() + (whoami.orgs().isEmpty() ? "" : " or " + String.join(", ", whoami.orgNames()))
                    + ". Choose one of those namespaces.");
        }
        boolean exists = hub.repoExists(type, id, token);
        Map<String, String> facts = Map.of("repo_id", id, "exists", Boolean.toString(exists));
        return ToolResult.ok(
                exists
                        ? id + " already exists under "
                                + (owner.equalsIgnoreCase(whoami.name())
                                        ? "your account"
                                        : "your organisation " + owner)
                                + "; publishing will update it."
                        : id + " is a valid name and free; publishing will create it.",
                facts);
    }
}
