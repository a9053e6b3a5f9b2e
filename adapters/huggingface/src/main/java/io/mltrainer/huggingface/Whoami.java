package io.mltrainer.huggingface;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who a token belongs to and what it may do, from {@code GET /api/whoami-v2}. Holds no part of the token itself.
 *
 * @param name the account name, which is also the user's own namespace
 * @param orgs the organisations the user belongs to, with the user's role in each
 * @param token the token's role and, for fine-grained tokens, its scoped permissions
 */
public record Whoami(String name, List<Org> orgs, Token token) {
    public Whoami {
        Objects.requireNonNull(name, "name");
        orgs = List.copyOf(orgs);
        Objects.requireNonNull(token, "token");
    }

    /** An organisation and the user's role in it ({@code read}, {@code contributor}, {@code write}, {@code admin}). */
    public record Org(String name, String role) {}

    public record Token(TokenRole role, List<Scope> scopes) {
        public Token {
            Objects.requireNonNull(role, "role");
            scopes = List.copyOf(scopes);
        }
    }

    /** A fine-grained grant: permissions such as {@code repo.write} on one user, organisation or repository. */
    public record Scope(String entityType, String entityName, Set<String> permissions) {
        public Scope {
            permissions = Set.copyOf(permissions);
        }
    }

    public List<String> orgNames() {
        return orgs.stream().map(Org::name).toList();
    }
}
