package io.mltrainer.huggingface;

import java.util.Locale;

/** What kind of access token {@code whoami-v2} reports ({@code auth.accessToken.role}). */
public enum TokenRole {
    READ,
    WRITE,
    ADMIN,
    /** Permissions are listed per entity ({@code fineGrained.scoped}). */
    FINE_GRAINED,
    /** No role reported (an OAuth token, or a role this client does not know yet). */
    UNKNOWN;

    static TokenRole of(String role) {
        return switch (role == null ? "" : role.toLowerCase(Locale.ROOT)) {
            case "read" -> READ;
            case "write" -> WRITE;
            case "admin" -> ADMIN;
            case "finegrained" -> FINE_GRAINED;
            default -> UNKNOWN;
        };
    }

    /** How the role is named in messages (as on huggingface.co/settings/tokens). */
    String label() {
        return this == FINE_GRAINED ? "fine-grained" : name().toLowerCase(Locale.ROOT);
    }
}
