package io.mltrainer.bot;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.persistence.Database;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the {@code ./mltrainer} launcher runs, on a scratch home, to record the classes the short commands load: a
 * {@code jobs} on the fresh home (which migrates it), then {@code jobs}, {@code show} and {@code cancel} on a home
 * holding one build, as a person would. The launcher turns that class list into the class-data-sharing archive every
 * later start maps. Not a command: nothing of it is visible to users.
 */
final class ArchiveTraining {
    private static final JobId BUILD = new JobId("archived");

    private ArchiveTraining() {}

    /** {@code args[0]}: the scratch home, which is filled and left for the caller to remove. */
    public static void main(String[] args) {
        Path home = Path.of(args[0]).toAbsolutePath();
        Launch launch = new Launch(
                Map.of("MLTRAINER_HOME", home.toString(), "MLTRAINER_USER", "archive"),
                home,
                InputStream.nullInputStream());
        LogFormat.apply(launch.env());
        int failures = run(launch, "jobs", "--json");
        try (Database database = Database.embedded(home)) {
            Instant now = Clock.systemUTC().instant();
            database.jobs()
                    .create(new Job(
                            BUILD,
                            "archive",
                            ThreadKey.terminal("run"),
                            JobStatus.RUNNING,
                            JobContext.of(BuildRequest.of("predict the species of iris flowers")),
                            0,
                            null,
                            now,
                            now));
            database.events().append(BUILD, new JobEvent.StageStarted(Stage.INTENT, 1), now);
        }
        for (List<String> line : List.of(
                List.of("jobs", "--json"),
                List.of("jobs"),
                List.of("show", BUILD.value(), "--json"),
                List.of("show", BUILD.value()),
                List.of("cancel", BUILD.value()))) {
            failures += run(launch, line.toArray(String[]::new));
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static int run(Launch launch, String... args) {
        // the streams a command writes to, as Main.main makes them
        PrintWriter nowhere = new PrintWriter(new MaskingPrintStream(OutputStream.nullOutputStream()), true);
        return Main.execute(args, launch, nowhere, nowhere) == ExitCodes.OK ? 0 : 1;
    }
}
