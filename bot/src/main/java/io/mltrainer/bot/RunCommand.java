package io.mltrainer.bot;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.EventListener;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run one build without a dialogue. Exit code 0 on success, 1 when the pipeline failed, 2 for"
                + " usage errors and bad input.")
final class RunCommand extends AppCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REQUEST", description = "What to build, in plain words.")
    String request;

    @Option(names = "--dataset", paramLabel = "PATH", description = "The data (CSV or TSV file).")
    String dataset;

    @Option(names = "--target", paramLabel = "COLUMN", description = "The column to predict.")
    String target;

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

    @Override
    public Integer call() throws Exception {
        if (request == null || request.isBlank()) {
            err().println("error: describe what to build, e.g. mltrainer run \"predict species\" --dataset iris.csv");
            return ExitCodes.BAD_INPUT;
        }
        try (Application app = open()) {
            BuildRequest buildRequest = new BuildRequest(request, dataset, target, name, stopAfter);
            var started = app.start().create(app.settings().owner(), ThreadKey.terminal("run"), buildRequest);
            EventListener lines = BuildPrinter.follow(started.id(), json ? err() : out());
            app.events().subscribe(lines);
            return BuildPrinter.finish(app.resume().submit(started.id()), json, out(), err());
        }
    }
}
