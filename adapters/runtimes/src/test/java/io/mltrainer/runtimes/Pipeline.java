package io.mltrainer.runtimes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.agents.codegen.CodegenAgent;
import io.mltrainer.core.agents.codegen.Templates;
import io.mltrainer.core.agents.deploy.DeployAgent;
import io.mltrainer.core.agents.train.TrainAgent;
import io.mltrainer.core.domain.Deployment;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.CancellationToken;
import io.mltrainer.core.port.out.RunListener;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import io.mltrainer.core.testing.RunToEnd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The last three stages of a build with the real local machinery: code generation (checks and smoke run), local
 * training and publication to a local registry in {@code home}; and the published demo app's predict function.
 */
final class Pipeline {
    static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Templates TEMPLATES = new Templates();

    final PythonLocator python = new PythonLocator(PYTHON);
    final FileWorkspace workspace;
    final CodegenAgent codegen;
    final TrainAgent train;
    final DeployAgent deploy;
    final List<JobEvent.TrainingProgress> progress = new ArrayList<>();
    private static final JobId JOB = new JobId("job-1");

    Pipeline(Path home) {
        workspace = new FileWorkspace(home);
        codegen = new CodegenAgent(
                TEMPLATES,
                workspace,
                new PythonScriptChecker(python),
                new LocalSmokeRunner(python, Duration.ofMinutes(2)),
                ChatModelPort.OFFLINE);
        train = new TrainAgent(new LocalRuntime(workspace, python, Clock.systemUTC()));
        deploy = new DeployAgent(TEMPLATES, new LocalModelRegistry(home));
    }

    record Built(JobContext context, GeneratedCode code, TrainingRun run) {}

    Built trained(JobContext planned) {
        GeneratedCode code = (GeneratedCode) codegen.run(input(planned));
        JobContext withCode = planned.with(code);
        TrainingRun run;
        try (RunToEnd monitor = new RunToEnd()) {
            run = monitor.trained(JOB, train.submit(input(withCode)), Duration.ofMinutes(10));
            progress.addAll(monitor.progress(JOB));
        }
        return new Built(withCode.with(run), code, run);
    }

    Path deployed(Built built) {
        return Path.of(((Deployment) deploy.run(input(built.context()))).location());
    }

    StageInput input(JobContext context) {
        RunListener listener = new RunListener() {
            @Override
            public void started(RunHandle handle) {}

            @Override
            public void progress(JobEvent.TrainingProgress event) {}
        };
        return new StageInput(JOB, "tester", context, 1, null, listener, CancellationToken.NEVER);
    }

    /** {@code app.predict(<arguments>)} of the demo published in {@code model}, as JSON. */
    static JsonNode predict(Path model, String arguments) throws IOException, InterruptedException {
        String code = "import importlib.util, json\n"
                + "from PIL import Image\n"
                + "spec = importlib.util.spec_from_file_location('app', 'space/app.py')\n"
                + "app = importlib.util.module_from_spec(spec)\n"
                + "spec.loader.exec_module(app)\n"
                + "print(json.dumps(app.predict(" + arguments + ")))\n";
        Process process = new ProcessBuilder(PYTHON, "-c", code)
                .directory(model.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("the demo app failed: " + out);
        }
        return JSON.readTree(out.lines().reduce((a, b) -> b).orElse(""));
    }
}
