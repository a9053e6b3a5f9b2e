package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.Sandbox;
import java.nio.file.Path;

/**
 * The rules for running a build's generated code on this machine. Whether it may run: where runs are confined
 * ({@link Sandbox}) always; where they are not, a build asked for in a chat (anyone in the channel wrote the request,
 * a model may have written the code) is refused with the reason and what to install, and a terminal build (the
 * person at the keyboard could run the script anyway) runs with a warning in its events. And what it reads: the
 * file fetched and checked when the data was inspected ({@link FetchedData}), never the URL again.
 */
public final class LocalRuns {
    /** For tests and tools whose runs are confined or trusted, and that keep no fetched data. */
    public static final LocalRuns ALLOW = new LocalRuns(new Sandbox.Availability.Confined("none needed"), null);

    private final Sandbox.Availability availability;
    private final FetchedData fetched;

    /** {@code fetched}: where checked downloads are kept (null: none are). */
    public LocalRuns(Sandbox.Availability availability, FetchedData fetched) {
        this.availability = availability;
        this.fetched = fetched;
    }

    /** Throws for a chat build where nothing confines local runs; warns a terminal build. */
    public void check(StageInput input) {
        if (!(availability instanceof Sandbox.Availability.Unavailable unavailable)) {
            return;
        }
        boolean terminal = input.thread() == null || input.thread().isTerminal();
        if (!terminal) {
            throw StageException.missingDependency(refusal("generated code", "a chat build", unavailable)
                    + ", or build with --runtime kaggle or modal to train" + " elsewhere.");
        }
        input.runListener()
                .progress(new JobEvent.TrainingProgress(
                        "warning",
                        "running generated code WITHOUT a sandbox (" + unavailable.reason()
                                + "): it can read everything this user can",
                        null,
                        null,
                        null));
    }

    /**
     * Why a model may not be loaded here for a chat (a pickle runs code that generated code chose): empty where runs
     * are confined.
     */
    public java.util.Optional<String> chatRefusal() {
        return availability instanceof Sandbox.Availability.Unavailable unavailable
                ? java.util.Optional.of(refusal("a trained model", "a chat", unavailable) + ".")
                : java.util.Optional.empty();
    }

    private static String refusal(String what, String forWhom, Sandbox.Availability.Unavailable unavailable) {
        return "I don't run " + what + " on this machine for " + forWhom + " without a sandbox: " + unavailable.reason()
                + ". Ask an admin to install it";
    }

    /** What a local run reads for {@code location}: the kept copy of a fetched URL, else the location itself. */
    public String dataPath(String location) {
        if (fetched == null) {
            return location;
        }
        return fetched.existing(location).map(Path::toString).orElse(location);
    }
}
