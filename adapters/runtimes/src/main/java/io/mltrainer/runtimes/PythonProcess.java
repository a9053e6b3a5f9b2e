package io.mltrainer.runtimes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** How generated scripts are started here: unbuffered, in their own folder, without this process's credentials. */
final class PythonProcess {
    private PythonProcess() {}

    static ProcessBuilder builder(List<String> command, Path directory) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> env = builder.environment();
        // A local run needs no credentials, so it gets none of this process's.
        ChildEnvironment.withoutCredentials(env);
        env.put("PYTHONUNBUFFERED", "1");
        return builder;
    }
}
