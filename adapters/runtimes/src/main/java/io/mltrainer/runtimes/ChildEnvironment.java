package io.mltrainer.runtimes;

import java.util.Map;
import java.util.regex.Pattern;

/** The environment a child process starts with: this process's, less anything that looks like a credential. */
public final class ChildEnvironment {
    private static final Pattern SECRET_VARIABLE = Pattern.compile("(?i).*(TOKEN|SECRET|PASSWORD|API_KEY|_KEY)$");

    private ChildEnvironment() {}

    /** Removes the variables that hold credentials from a child's (copied) environment. */
    public static void withoutCredentials(Map<String, String> environment) {
        environment.keySet().removeIf(k -> SECRET_VARIABLE.matcher(k).matches());
    }
}
