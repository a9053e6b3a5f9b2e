package io.mltrainer.core.usecase;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Question;
import io.mltrainer.core.domain.YesNo;
import io.mltrainer.core.port.out.JobRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A person answers the question a build stopped on (which column, which data, …): the answer revises the request
 * and the build runs again from where the answer matters. The same on every surface.
 */
public final class AnswerQuestion {

    /** An override that changes nothing but what it sets (its target was not chosen). */
    private static final DeploymentSpec UNCHANGED =
            new DeploymentSpec(DeploymentSpec.DeployTarget.LOCAL, null, null, null, null, null, false);

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
            case DATASET -> r -> r.withDataset(text);
            case TARGET -> r -> r.withTarget(bestOption(text, question.options()));
            case CONFIRM_COST ->
                switch (YesNo.of(text)) {
                    case YES -> BuildRequest::withCostConfirmed;
                    case NO ->
                        throw new BuildRefused("OK, I won't start the paid run. The build stays stopped before"
                                + " training; say `yes` here when you want it to run.");
                    case UNCLEAR ->
                        throw new BuildRefused(YesNo.hint(text) + " (the build waits before training until you do).");
                };
            // A chosen task is kept in the request as "task: <id>", which the intent stage reads before any rule.
            case TASK -> {
                Optional<String> chosen = taskOption(text, question.options());
                yield r -> r.withText(
                        r.text() + " " + chosen.map(id -> "task: " + id).orElse(text));
            }
            // Only the deploy stage runs again: where the model goes changes nothing that was trained.
            case SPACE_TOKEN -> {
                YesNo answer = YesNo.of(text);
                if (answer == YesNo.UNCLEAR) {
                    throw new BuildRefused(YesNo.hint(text) + " (the model is trained; it waits to be published).");
                }
                yield r -> r.withDeployment(
                        (r.deployment() == null ? UNCHANGED : r.deployment()).withSpaceToken(answer == YesNo.YES));
            }
            // Any other question (CONFIG, a column's role): the answer is more words about the same request.
            default -> r -> r.withText(r.text() + " " + text);
        };
    }

    /** The one option an answer means ("classify it", "tabular", "the images"); none when it fits none or two. */
    static Optional<String> taskOption(String text, List<String> options) {
        String answer = text.replace("`", "").strip().toLowerCase(java.util.Locale.ROOT);
        if (options.contains(answer)) {
            return Optional.of(answer);
        }
        List<String> stems = java.util.Arrays.stream(answer.split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 4)
                .map(w -> w.substring(0, Math.min(w.length(), 5)))
                .toList();
        List<String> meant = options.stream()
                .filter(o -> stems.stream().anyMatch(o::contains))
                .toList();
        return meant.size() == 1 ? Optional.of(meant.get(0)) : Optional.empty();
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
