package io.mltrainer.bot;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.EventListener;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run one build without a dialogue. Exit code 0 on success, 1 when the pipeline failed, 2 for"
                + " usage errors and bad input.")
final class RunCommand extends AppCommand implements Callable<Integer> {
    @Mixin
    BuildOptions build = new BuildOptions();

    @Mixin
    DeployOptions deploy = new DeployOptions();

    @Option(names = "--name", paramLabel = "NAME", description = "The model's name in the registry.")
    String name;

    @Option(
            names = "--stop-after",
            paramLabel = "STAGE",
            description = "End the build after this stage (e.g. codegen: write the code without training).",
            converter = StageConverter.class)
    Stage stopAfter;

    @Option(names = "--json", description = "Print one JSON object with the result on stdout.")
    boolean json;

    @Option(
            names = "--yes",
            description = "Accept the estimated time and cost of a paid or quota-limited run (Modal, Kaggle GPUs)"
                    + " without being asked; without it such a build stops before training and shows the estimate.")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        if (build.missingRequest()) {
            err().println("error: describe what to build, e.g. mltrainer run \"predict species\" --dataset iris.csv");
            return ExitCodes.BAD_INPUT;
        }
        try (Application app = open()) {
            BuildRequest buildRequest = new BuildRequest(
                    app.masked(build.request),
                    app.masked(build.dataset),
                    app.masked(build.target),
                    app.masked(name),
                    stopAfter,
                    null,
                    build.runtimeSpec(),
                    yes,
                    deploy.spec(),
                    null); // no intake understood the words: the intent stage reads them, once
            var started = app.start().create(app.settings().owner(), ThreadKey.terminal("run"), buildRequest);
            EventListener lines = BuildPrinter.follow(started.id(), json ? err() : out());
            app.events().subscribe(lines);
            return BuildPrinter.finish(app.resume().submit(started.id()), json, out(), err());
        }
    }
}
