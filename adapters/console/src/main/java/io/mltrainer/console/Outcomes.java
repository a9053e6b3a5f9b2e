package io.mltrainer.console;

import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.pipeline.Summaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a finished build is told to a person: where the model is and how good it is, or what went wrong. */
public final class Outcomes {
    private Outcomes() {}

    public static List<String> describe(Job job) {
        List<String> lines = new ArrayList<>();
        if (job.status() == JobStatus.SUCCEEDED) {
            var context = job.context();
            if (context.deployment() != null) {
                lines.add("✓ Model ready in the local registry: "
                        + context.deployment().location());
            } else if (context.code() != null) {
                lines.add("✓ Code written to " + context.code().directory() + " (not trained, as asked)");
            } else {
                lines.add("✓ Build " + job.id() + " done");
            }
            if (context.run() != null) {
                lines.add("  "
                        + (context.run().bestModel() == null
                                ? ""
                                : context.run().bestModel() + ": ")
                        + Summaries.metrics(context.run().metrics()));
            }
            if (context.deployment() != null) {
                lines.add("  Use it: joblib.load(\"" + context.deployment().location()
                        + "/model.joblib\").predict(dataframe)");
            }
        } else if (job.status() == JobStatus.FAILED) {
            Failure failure = job.context().failure();
            lines.add("✗ Build " + job.id() + " failed at " + failure.stage().id() + ": " + failure.reason());
            lines.add(hint(failure.kind()));
        } else if (job.status() == JobStatus.CANCELLED) {
            lines.add("Build " + job.id() + " cancelled. 'resume' continues it where it stopped.");
        } else {
            lines.add("Build " + job.id() + " is " + job.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        return lines;
    }

    private static String hint(FailureKind kind) {
        return switch (kind) {
            case BAD_INPUT, NEEDS_ANSWER -> "  Fix the input and start again, or answer and 'resume'.";
            case MISSING_DEPENDENCY -> "  Install what is missing, then 'resume': finished stages are kept.";
            default -> "  'resume' tries again from this stage; finished stages are kept.";
        };
    }
}
