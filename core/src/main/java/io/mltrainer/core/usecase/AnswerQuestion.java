package io.mltrainer.core.usecase;

import io.mltrainer.core.domain.Answer;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.Question;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.YesNo;
import io.mltrainer.core.port.in.BuildRefused;
import io.mltrainer.core.port.out.JobRepository;
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

    /** The question {@code job} stopped on: {@link Job#pendingQuestion()}. */
    public static Optional<Question> question(Job job) {
        return job.pendingQuestion();
    }

    /**
     * Queues the build again with the answer, read as the kind of answer the question asks for; the caller submits
     * it ({@link ResumeBuild#submit}).
     *
     * @throws BuildRefused when the build waits on no question (or cannot be resumed now)
     */
    public Job answer(JobId id, String text) {
        Question question =
                pending(id).orElseThrow(() -> new BuildRefused("Build " + id + " is not waiting for an answer."));
        return resume.prepare(id, revision(question, Answer.to(question, text)));
    }

    /** How the words {@code text} answering {@code question} change the request. */
    public static UnaryOperator<BuildRequest> revision(Question question, String text) {
        return revision(question, Answer.to(question, text));
    }

    /** How an answer to {@code question} changes the request. */
    public static UnaryOperator<BuildRequest> revision(Question question, Answer answer) {
        if (answer instanceof Answer.DatasetRef data) {
            return r -> r.withDataset(data.location());
        }
        if (answer instanceof Answer.ColumnName column) {
            return r -> r.withTarget(column.name());
        }
        if (answer instanceof Answer.TaskChoice choice) {
            // A chosen task is kept in the request as "task: <id>", which the intent stage reads before any rule.
            String words = choice.task().map(id -> "task: " + id).orElse(choice.said());
            return r -> r.withText(r.text() + " " + words);
        }
        if (answer instanceof Answer.Decision decision) {
            return question.slot() == QuestionSlot.SPACE_TOKEN ? spaceToken(decision) : paidRun(decision);
        }
        // Any other question (the set-up, a column's role): the answer is more words about the same request.
        return r -> r.withText(r.text() + " " + answer.said());
    }

    private static UnaryOperator<BuildRequest> paidRun(Answer.Decision decision) {
        return switch (decision.value()) {
            case YES -> BuildRequest::withCostConfirmed;
            case NO ->
                throw new BuildRefused("OK, I won't start the paid run. The build stays stopped before"
                        + " training; say `yes` here when you want it to run.");
            case UNCLEAR ->
                throw new BuildRefused(
                        YesNo.hint(decision.said()) + " (the build waits before training until you do).");
        };
    }

    /** Only the deploy stage runs again: where the model goes changes nothing that was trained. */
    private static UnaryOperator<BuildRequest> spaceToken(Answer.Decision decision) {
        if (decision.value() == YesNo.UNCLEAR) {
            throw new BuildRefused(YesNo.hint(decision.said()) + " (the model is trained; it waits to be published).");
        }
        boolean yes = decision.value() == YesNo.YES;
        return r -> r.withDeployment((r.deployment() == null ? UNCHANGED : r.deployment()).withSpaceToken(yes));
    }
}
