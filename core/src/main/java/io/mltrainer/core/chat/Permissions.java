package io.mltrainer.core.chat;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.Owners;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may change a build: its owner and the configured admins ({@code MLTRAINER_ADMINS}: a comma-separated list of
 * user ids, plain ({@code U123}) or qualified by platform ({@code slack:U123})). Everyone may look.
 */
public record Permissions(Set<String> admins) {
    public static final Permissions OWNER_ONLY = new Permissions(Set.of());

    public Permissions {
        admins = Set.copyOf(admins);
    }

    public static Permissions parse(String list) {
        if (list == null || list.isBlank()) {
            return OWNER_ONLY;
        }
        return new Permissions(Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet()));
    }

    public boolean isAdmin(String owner) {
        return admins.contains(owner) || admins.contains(Owners.user(owner));
    }

    public boolean mayChange(String owner, Job job) {
        return job.owner().equals(owner) || isAdmin(owner);
    }
}
