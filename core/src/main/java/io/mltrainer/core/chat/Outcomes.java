package io.mltrainer.core.chat;

import io.mltrainer.core.domain.Deployment;
import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.pipeline.Summaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a finished build is told to a person, on every surface: where the model is and how good it is, or what went
 * wrong and what to do.
 */
public final class Outcomes {
    /** What a command line does to accept the estimate of a paid or quota-limited run. */
    public static final String GO_AHEAD_HINT = "To accept it, run the same command again with --yes.";

    private Outcomes() {}

    public static List<String> describe(Job job) {
        List<String> lines = new ArrayList<>();
        var context = job.context();
        if (job.status() == JobStatus.SUCCEEDED) {
            Deployment deployment = context.deployment();
            if (deployment != null && !isLocal(deployment)) {
                lines.add("✓ Model live at " + deployment.modelUrl());
            } else if (deployment != null) {
                lines.add("✓ Model ready in the local registry: " + deployment.location());
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
            if (deployment != null && deployment.spaceUrl() != null) {
                lines.add("  Try it: " + deployment.spaceUrl());
                space(deployment).ifPresent(lines::add);
            } else if (deployment != null && isLocal(deployment)) {
                lines.add("  Use it: joblib.load(\"" + deployment.location() + "/model.joblib\").predict(dataframe)");
            }
        } else if (job.status() == JobStatus.FAILED) {
            Failure failure = context.failure();
            if (failure.question() != null
                    && QuestionSlot.CONFIRM_COST.equals(failure.question().slot())) {
                lines.add("⏸ Build " + job.id() + " waits for a go-ahead before training: "
                        + failure.question().prompt());
                lines.add("  " + GO_AHEAD_HINT);
                return lines;
            }
            lines.add("✗ Build " + job.id() + " failed at " + failure.stage().id() + ": " + failure.reason());
            lines.add(hint(failure.kind()));
        } else if (job.status() == JobStatus.CANCELLED) {
            lines.add("Build " + job.id() + " cancelled. 'resume' continues it where it stopped.");
        } else {
            lines.add("Build " + job.id() + " is " + job.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        return lines;
    }

    /** How the demo Space is doing, when it is not simply running. */
    static java.util.Optional<String> space(Deployment deployment) {
        String stage = deployment.spaceStage();
        if (stage == null || stage.equals("RUNNING")) {
            return java.util.Optional.empty();
        }
        if (stage.endsWith("_ERROR")) {
            String tail = deployment.spaceError() == null
                    ? ""
                    : ":\n" + deployment.spaceError().indent(4).stripTrailing();
            return java.util.Optional.of("  The demo Space failed (" + stage + ")" + tail);
        }
        return java.util.Optional.of("  The demo Space is "
                + stage.toLowerCase(Locale.ROOT).replace('_', ' ') + "; it should be up in a few minutes.");
    }

    /** Where the result is, for the status card; empty until there is one. */
    public static List<String> links(Job job) {
        Deployment deployment = job.context().deployment();
        List<String> links = new ArrayList<>();
        if (deployment == null) {
            return links;
        }
        if (!isLocal(deployment)) {
            links.add("Model: " + deployment.modelUrl());
        } else if (deployment.location() != null) {
            links.add("Model: " + deployment.location());
        }
        if (deployment.spaceUrl() != null) {
            links.add("Demo: " + deployment.spaceUrl());
        }
        return links;
    }

    private static boolean isLocal(Deployment deployment) {
        return deployment.modelUrl() == null || "local".equals(deployment.target());
    }

    private static String hint(FailureKind kind) {
        return switch (kind) {
            case BAD_INPUT, NEEDS_ANSWER -> "  Fix the input and start again, or answer and 'resume'.";
            case MISSING_DEPENDENCY -> "  Install what is missing, then 'resume': finished stages are kept.";
            default -> "  'resume' tries again from this stage; finished stages are kept.";
        };
    }
}
