package io.mltrainer.core.agents.codegen;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.pipeline.LocalRuns;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.ScriptChecker;
import io.mltrainer.core.port.out.SmokeRun;
import io.mltrainer.core.port.out.SmokeRunner;
import io.mltrainer.core.port.out.Workspace;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes the training code of any task type: renders the template of the plan's {@link TrainingSpec}, lets a
 * language model adapt it where one is available, writes it to the build's code directory and checks it before
 * anything runs it: {@code py_compile}, pyflakes and, for the local runtime where this machine has the script's
 * libraries, a {@code --smoke} run ({@link SmokeRuns}: every script, or only the scripts a language model adapted, a
 * template's own script being one CI smoke-runs and trains for every task type). A failed check is retriable; the next attempt gets the problem as its previous
 * failure (and the model sees it). A second failing adaptation falls back to the template's script.
 */
public final class CodegenAgent implements StageAgent {
    /** Which local scripts get a {@code --smoke} run before training. */
    public enum SmokeRuns {
        /** Every script written for this machine, the template's own included. */
        EVERY_SCRIPT,
        /**
         * Only a script a language model adapted: a template's own script is code CI smoke-runs and trains for every
         * task type, and its real run reports any problem with the data as clearly.
         */
        ADAPTED_ONLY
    }

    /** What an adapted script must keep of mltrainer's protocol: its command line and its outputs. */
    private static final List<String> PROTOCOL = List.of("build_arg_parser(", "write_results(", "def main(");

    private final TrainingCode code;
    private final Workspace workspace;
    private final ScriptChecker checker;
    private final SmokeRunner smoke;
    private final ScriptAdapter adapter;
    private final LocalRuns localRuns;
    private final SmokeRuns smokeRuns;

    /**
     * Local data for a Kaggle run is staged by the Kaggle runtime when the run starts (never here: writing code
     * needs no credentials); the Kaggle script finds it under {@code /kaggle/input}.
     */
    public CodegenAgent(
            Templates templates, Workspace workspace, ScriptChecker checker, SmokeRunner smoke, ChatModelPort llm) {
        this(templates, workspace, checker, smoke, llm, LocalRuns.ALLOW, SmokeRuns.EVERY_SCRIPT);
    }

    /**
     * {@code localRuns} decides whether the smoke run may run here, and what it reads; {@code smokeRuns} which scripts
     * get one.
     */
    public CodegenAgent(
            Templates templates,
            Workspace workspace,
            ScriptChecker checker,
            SmokeRunner smoke,
            ChatModelPort llm,
            LocalRuns localRuns,
            SmokeRuns smokeRuns) {
        this.smokeRuns = smokeRuns;
        this.code = new TrainingCode(templates);
        this.workspace = workspace;
        this.checker = checker;
        this.smoke = smoke;
        this.adapter = new ScriptAdapter(llm);
        this.localRuns = localRuns;
    }

    @Override
    public Stage stage() {
        return Stage.CODEGEN;
    }

    @Override
    public boolean supports(TaskType type) {
        return type != null;
    }

    @Override
    public StageResult run(StageInput input) {
        TrainingSpec spec = spec(input);
        List<GeneratedFile> rendered = render(spec);
        String script = rendered.get(0).content();
        Optional<List<GeneratedFile>> adapted =
                adapter.adapt(input, spec, script).map(text -> replaceScript(rendered, text));
        if (adapted.isPresent()) {
            try {
                return checked(input, spec, adapted.get(), "the adapted train.py", true);
            } catch (StageException e) {
                if (input.previous().isEmpty() || e.kind() != FailureKind.INVALID_OUTPUT) {
                    throw e;
                }
                // The model had its second chance: the template's script, checked below, stands.
            }
        }
        return checked(input, spec, rendered, "the generated train.py", smokeRuns == SmokeRuns.EVERY_SCRIPT);
    }

    private static TrainingSpec spec(StageInput input) {
        try {
            return TrainingSpecs.from(input.context());
        } catch (IllegalArgumentException e) {
            throw StageException.badInput("The plan cannot be turned into training code: " + e.getMessage());
        }
    }

    private List<GeneratedFile> render(TrainingSpec spec) {
        try {
            return code.render(spec);
        } catch (IllegalArgumentException e) {
            throw StageException.badInput("No training code fits this plan: " + e.getMessage());
        }
    }

    private GeneratedCode checked(
            StageInput input, TrainingSpec spec, List<GeneratedFile> files, String what, boolean smokeRun) {
        String directory = workspace.writeCode(input.jobId(), files);
        GeneratedCode generated = new GeneratedCode(directory, TrainingCode.ENTRYPOINT, files, spec.runtime());
        List<String> problems = new ArrayList<>(protocolProblems(files.get(0).content()));
        if (problems.isEmpty()) {
            problems.addAll(checker.check(generated));
        }
        // Only code written for this machine can run here: Kaggle and Modal scripts read their own paths.
        if (problems.isEmpty()
                && smokeRun
                && spec.runtime() == RuntimeKind.LOCAL
                && smokeRun(input, spec, generated) instanceof SmokeRun.Failed failed) {
            problems.add("its --smoke run failed: " + failed.problem());
        }
        if (!problems.isEmpty()) {
            throw StageException.invalidOutput(what + " failed its check: " + String.join("; ", problems));
        }
        return generated;
    }

    private SmokeRun smokeRun(StageInput input, TrainingSpec spec, GeneratedCode generated) {
        localRuns.check(input);
        return smoke.run(generated, localRuns.dataPath(spec.data().location()));
    }

    private static List<String> protocolProblems(String script) {
        List<String> missing =
                PROTOCOL.stream().filter(part -> !script.contains(part)).toList();
        return missing.isEmpty()
                ? List.of()
                : List.of("it dropped mltrainer's command line or outputs (" + String.join(", ", missing) + ")");
    }

    private static List<GeneratedFile> replaceScript(List<GeneratedFile> files, String script) {
        return Stream.concat(
                        Stream.of(new GeneratedFile(TrainingCode.ENTRYPOINT, script)),
                        files.stream().skip(1))
                .toList();
    }
}
