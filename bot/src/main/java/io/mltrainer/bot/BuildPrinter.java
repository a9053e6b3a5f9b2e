package io.mltrainer.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mltrainer.core.chat.EventLines;
import io.mltrainer.core.chat.Outcomes;
import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.port.out.EventListener;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Follows one build for {@code run} and {@code resume}: live stage lines (to stderr with {@code --json}, so stdout
 * holds exactly one JSON object), then the outcome and the exit code.
 */
final class BuildPrinter {
    private BuildPrinter() {}

    static EventListener follow(JobId id, PrintWriter lines) {
        return record -> {
            if (record.jobId().equals(id)) {
                EventLines.render(record).ifPresent(lines::println);
            }
        };
    }

    /** Stopped before training to ask whether the estimated cost is fine. */
    private static boolean waitsForGoAhead(Job job) {
        Failure failure = job.context().failure();
        return job.status() == JobStatus.FAILED
                && failure != null
                && failure.question() != null
                && QuestionSlot.CONFIRM_COST.equals(failure.question().slot());
    }

    static int finish(CompletableFuture<Job> completion, boolean json, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        Job job;
        try {
            job = completion.get();
        } catch (ExecutionException e) {
            err.println("error: " + e.getCause().getMessage());
            return ExitCodes.FAILED;
        }
        int code = ExitCodes.of(job);
        if (json) {
            try {
                out.println(JsonViews.JSON.writeValueAsString(JsonViews.build(job)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            if (code != ExitCodes.OK && job.context().failure() != null) {
                err.println("error: " + job.context().failure().reason());
                job.pendingQuestion()
                        .filter(q -> QuestionSlot.CONFIRM_COST.equals(q.slot()))
                        .ifPresent(q -> err.println(Outcomes.GO_AHEAD_HINT));
            }
        } else {
            Outcomes.describe(job).forEach(code == ExitCodes.OK ? out::println : err::println);
        }
        if (waitsForGoAhead(job)) {
            err.println("  Or continue this build where it stopped: mltrainer resume " + job.id() + " --yes");
        }
        out.flush();
        err.flush();
        return code;
    }
}
