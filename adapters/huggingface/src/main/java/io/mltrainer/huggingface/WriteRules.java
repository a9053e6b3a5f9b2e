package io.mltrainer.huggingface;

import java.util.Optional;
import java.util.Set;

/**
 * Whether a token may publish to a namespace: the namespace must be the user's own or one of their organisations
 * where their role lets them create repositories, and the token must be a write or admin token, or a fine-grained
 * token with {@code repo.write} on that namespace.
 */
final class WriteRules {
    static final String TOKENS_PAGE = "https://huggingface.co/settings/tokens";

    /** Org roles that may create repositories; a contributor may create them, though not edit others'. */
    private static final Set<String> WRITING_ORG_ROLES = Set.of("admin", "write", "contributor");

    private WriteRules() {}

    static WriteAccess check(Whoami whoami, String namespace) {
        String target = namespace == null || namespace.isBlank() ? whoami.name() : namespace.trim();
        return membership(whoami, target).or(() -> tokenScope(whoami, target)).orElse(WriteAccess.granted(target));
    }

    /** Whether {@code namespace} is the user's or one of their organisations (roles aside). */
    static boolean owns(Whoami whoami, String namespace) {
        return whoami.name().equalsIgnoreCase(namespace)
                || org(whoami, namespace).isPresent();
    }

    private static Optional<WriteAccess> membership(Whoami whoami, String target) {
        if (whoami.name().equalsIgnoreCase(target)) {
            return Optional.empty();
        }
        Optional<Whoami.Org> org = org(whoami, target);
        if (org.isEmpty()) {
            return Optional.of(WriteAccess.denied(
                    target,
                    target + " is neither your account (" + whoami.name() + ") nor one of your organisations"
                            + (whoami.orgs().isEmpty() ? "" : " (" + String.join(", ", whoami.orgNames()) + ")")
                            + ": publish under " + whoami.name() + ", or ask an admin of " + target
                            + " to add you."));
        }
        String role = org.get().role() == null ? "unknown" : org.get().role();
        if (!WRITING_ORG_ROLES.contains(role)) {
            return Optional.of(WriteAccess.denied(
                    target,
                    "your role in " + target + " is '" + role + "', which cannot create repositories: ask an admin"
                            + " of " + target + " for the write role, or publish under " + whoami.name() + "."));
        }
        return Optional.empty();
    }

    private static Optional<WriteAccess> tokenScope(Whoami whoami, String target) {
        return switch (whoami.token().role()) {
            case WRITE, ADMIN -> Optional.empty();
            case READ ->
                Optional.of(WriteAccess.denied(
                        target,
                        "it is a read token, which cannot publish: create a token with the write role at " + TOKENS_PAGE
                                + " and send it to me privately."));
            case FINE_GRAINED ->
                grantsRepoWrite(whoami, target)
                        ? Optional.empty()
                        : Optional.of(WriteAccess.denied(
                                target,
                                "this fine-grained token has no 'repo.write' permission on " + target + ": edit its"
                                        + " permissions at " + TOKENS_PAGE
                                        + " (\"Write access to contents/settings of all"
                                        + " repos\" under " + target + "), or create a write token."));
            case UNKNOWN ->
                Optional.of(WriteAccess.denied(
                        target,
                        "Hugging Face did not say what this token may do: use an access token with the write role from "
                                + TOKENS_PAGE + "."));
        };
    }

    private static boolean grantsRepoWrite(Whoami whoami, String target) {
        return whoami.token().scopes().stream()
                .anyMatch(s -> ("user".equals(s.entityType()) || "org".equals(s.entityType()))
                        && target.equalsIgnoreCase(s.entityName())
                        && s.permissions().contains("repo.write"));
    }

    private static Optional<Whoami.Org> org(Whoami whoami, String namespace) {
        return whoami.orgs().stream()
                .filter(o -> o.name().equalsIgnoreCase(namespace))
                .findFirst();
    }
}
