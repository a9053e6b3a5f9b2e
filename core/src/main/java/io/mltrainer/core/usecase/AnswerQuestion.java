package io.mltrainer.core.usecase;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Question;
import io.mltrainer.core.port.JobRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A person answers the question a build stopped on (which column, which data, …): the answer revises the request
 * and the build runs again from where the answer matters. The same on every surface.
 */
public final class AnswerQuestion {
    /** The slot of the question asked before a paid or quota-limited run. */
    public static final String CONFIRM_COST = "confirm_cost";
    /** The slot of the question whether a private model's Space may get the owner's Hub token as a secret. */
    public static final String SPACE_TOKEN = "space_token";

    /** An override that changes nothing but what it sets (its target was not chosen). */
    private static final DeploymentSpec UNCHANGED =
            new DeploymentSpec(DeploymentSpec.DeployTarget.LOCAL, null, null, null, null, null, false);

    private static final java.util.regex.Pattern YES = java.util.regex.Pattern.compile(
            "(?i)^\\s*(y|yes|yep|ok|okay|sure|go|go ahead|start|confirm(ed)?)[.!]*\\s*$");

    private final JobRepository jobs;
    private final ResumeBuild resume;

    public AnswerQuestion(JobRepository jobs, ResumeBuild resume) {
        this.jobs = jobs;
        this.resume = resume;
    }

    /** The question the build is waiting on, if it stopped on one. */
    public Optional<Question> pending(JobId id) {
        return jobs.find(id).flatMap(AnswerQuestion::question);
    }

    public static Optional<Question> question(Job job) {
        Failure failure = job.context().failure();
        if (job.status() != JobStatus.FAILED
                || failure == null
                || failure.kind() != FailureKind.NEEDS_ANSWER
                || failure.question() == null) {
            return Optional.empty();
        }
        return Optional.of(failure.question());
    }

    /**
     * Queues the build again with the answer; the caller submits it ({@link ResumeBuild#submit}).
     *
     * @throws BuildRefused when the build waits on no question (or cannot be resumed now)
     */
    public Job answer(JobId id, String text) {
        Question question =
                pending(id).orElseThrow(() -> new BuildRefused("Build " + id + " is not waiting for an answer."));
        return resume.prepare(id, revision(question, text.strip()));
    }

    /** How an answer to {@code question} changes the request. */
    public static UnaryOperator<BuildRequest> revision(Question question, String text) {
        return switch (question.slot()) {
            case "dataset" -> r -> r.withDataset(text);
            case "target" -> r -> r.withTarget(bestOption(text, question.options()));
            case CONFIRM_COST -> {
                if (!YES.matcher(text).matches()) {
                    throw new BuildRefused("OK, I won't start the paid run. The build stays stopped before training;"
                            + " say `yes` here when you want it to run.");
                }
                yield BuildRequest::withCostConfirmed;
            }
            // Only the deploy stage runs again: where the model goes changes nothing that was trained.
            case SPACE_TOKEN -> {
                boolean yes = YES.matcher(text).matches();
                yield r -> r.withDeployment((r.deployment() == null ? UNCHANGED : r.deployment()).withSpaceToken(yes));
            }
            // Any other question: the answer is more words about the same request.
            default -> r -> r.withText(r.text() + " " + text);
        };
    }

    /** Accepts a candidate in any letter case, or with back-ticks; anything else is passed on and checked. */
    static String bestOption(String text, List<String> options) {
        String bare = text.replace("`", "").strip();
        return options.stream()
                .filter(o -> o.equalsIgnoreCase(bare))
                .findFirst()
                .orElse(bare);
    }
}
