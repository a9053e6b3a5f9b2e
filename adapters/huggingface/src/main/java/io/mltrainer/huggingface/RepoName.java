package io.mltrainer.huggingface;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Hub's rules for a repository or namespace name: letters, digits, '-', '_' and '.', at most 96 characters, not
 * starting or ending with '-' or '.', no "--" or "..", and not ending in ".git".
 */
final class RepoName {
    static final int MAX_LENGTH = 96;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]+");

    private RepoName() {}

    /** What is wrong with {@code name}, in a sentence; empty when the Hub would accept it. */
    static Optional<String> problem(String what, String name) {
        if (name.length() > MAX_LENGTH) {
            return Optional.of(what + " '" + name + "' is " + name.length() + " characters long; the Hub allows "
                    + MAX_LENGTH + ".");
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of(what + " '" + name + "' may only contain letters, digits, '-', '_' and '.'.");
        }
        if (name.startsWith("-") || name.startsWith(".") || name.endsWith("-") || name.endsWith(".")) {
            return Optional.of(what + " '" + name + "' may not start or end with '-' or '.'.");
        }
        if (name.contains("--") || name.contains("..")) {
            return Optional.of(what + " '" + name + "' may not contain '--' or '..'.");
        }
        if (name.endsWith(".git")) {
            return Optional.of(what + " '" + name + "' may not end with '.git'.");
        }
        return Optional.empty();
    }
}
