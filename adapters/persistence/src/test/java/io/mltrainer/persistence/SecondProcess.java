package io.mltrainer.persistence;

import static io.mltrainer.core.testing.Jobs.aJob;

import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.testing.Jobs;
import java.nio.file.Path;

/**
 * What a second mltrainer process does in {@link DatabaseTest}: opens the same home, reads the first process's build,
 * adds its own and an event to the first's, and prints the ids it saw.
 */
public final class SecondProcess {
    private SecondProcess() {}

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        JobId theirs = new JobId(args[1]);
        String mine = args[2];
        try (Database database = Database.embedded(home)) {
            database.jobs().create(aJob().withId(mine).build());
            database.events().append(theirs, new JobEvent.Notice("hello from " + mine), Jobs.CREATED);
            database.jobs().list(10).forEach(job -> System.out.println("saw " + job.id()));
        }
    }
}
