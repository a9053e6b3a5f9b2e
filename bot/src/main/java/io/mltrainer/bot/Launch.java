package io.mltrainer.bot;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/** What a command line runs with: the environment, the working directory and standard input. */
record Launch(Map<String, String> env, Path workingDirectory, InputStream in) {
    static Launch ofProcess() {
        return new Launch(System.getenv(), Path.of("").toAbsolutePath(), System.in);
    }

    Settings settings() {
        return Settings.fromEnvironment(env);
    }
}
