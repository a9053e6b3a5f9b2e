package io.mltrainer.core.usecase;

import io.mltrainer.core.agents.codegen.ScriptKind;
import io.mltrainer.core.agents.codegen.TrainingSpec;
import io.mltrainer.core.agents.codegen.TrainingSpecs;
import io.mltrainer.core.domain.Deployment;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.pipeline.LocalRuns;
import io.mltrainer.core.port.in.BuildRefused;
import io.mltrainer.core.port.in.TryModelUseCase;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.Predictor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Someone tries a finished build's model on one input ({@code try} in its thread, {@code mltrainer predict}):
 * scikit-learn models answer here with their prediction (and class probabilities where they have them); models that
 * need their own library and a GPU answer with their demo Space.
 */
public final class TryModel implements TryModelUseCase {
    private static final Set<ScriptKind> HERE =
            Set.of(ScriptKind.SKLEARN_TABULAR, ScriptKind.SKLEARN_TEXT, ScriptKind.SKLEARN_IMAGES);

    private final JobRepository jobs;
    private final Predictor predictor;
    private final LocalRuns localRuns;

    public TryModel(JobRepository jobs, Predictor predictor) {
        this(jobs, predictor, LocalRuns.ALLOW);
    }

    /** {@code localRuns}: whether a chat may have a model loaded here (only where runs are sandboxed). */
    public TryModel(JobRepository jobs, Predictor predictor, LocalRuns localRuns) {
        this.jobs = jobs;
        this.predictor = predictor;
        this.localRuns = localRuns;
    }

    /**
     * @param attachment an image shared with the request (may be null)
     * @throws BuildRefused with what to do, when there is nothing to try or the input does not fit
     */
    @Override
    public Result tryIt(JobId id, String input, Path attachment) {
        return answer(id, input, attachment, false);
    }

    /** As {@link #tryIt}, asked in a chat: a model is loaded here only inside a sandbox. */
    public Result tryInChat(JobId id, String input, Path attachment) {
        return answer(id, input, attachment, true);
    }

    private Result answer(JobId id, String input, Path attachment, boolean chat) {
        Job job = jobs.find(id).orElseThrow(() -> new BuildRefused("There is no build " + id + "."));
        Deployment deployment = job.context().deployment();
        if (job.status() != JobStatus.SUCCEEDED || deployment == null) {
            throw new BuildRefused("Build " + id + " has no model to try yet; try it once it has succeeded.");
        }
        TrainingSpec spec = TrainingSpecs.from(job.context());
        ScriptKind kind = ScriptKind.of(spec);
        Path folder = Path.of(deployment.location());
        if (!HERE.contains(kind) || !Files.isDirectory(folder)) {
            if (deployment.spaceUrl() != null) {
                return new Result.OnTheHub(deployment.spaceUrl());
            }
            throw new BuildRefused("This model is tried in its demo app, not here: run `python space/app.py` in "
                    + deployment.location() + (deployment.modelUrl() == null ? "" : " (" + deployment.modelUrl() + ")")
                    + ".");
        }
        if (chat) {
            localRuns.chatRefusal().ifPresent(reason -> {
                throw new BuildRefused(reason);
            });
        }
        TrainingSpec.Columns columns = spec.columns();
        String target = columns.label() != null ? columns.label() : columns.target();
        return new Result.Predicted(
                target == null ? "prediction" : target,
                predictor.predict(folder, PredictionInputs.parse(kind, job.context(), input, attachment)));
    }
}
