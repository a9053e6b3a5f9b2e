package io.mltrainer.bot;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
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

    @Option(
            names = "--dataset",
            paramLabel = "DATA",
            description = "A file (CSV, TSV, JSON, JSONL, Parquet), a folder (image classes, COCO, metadata.csv), a"
                    + " zip of one, a URL, a Hugging Face dataset id or a Kaggle owner/slug.")
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

    @Option(
            names = "--runtime",
            paramLabel = "RUNTIME",
            description = "The runtime the code is written for: local (this machine, the default), kaggle or modal."
                    + " Code for kaggle and modal is written and checked here; add --stop-after codegen to read it.",
            converter = RuntimeConverter.class)
    RuntimeKind runtime;

    @Option(names = "--accelerator", paramLabel = "GPU", description = "T4, L4, A10G, A100 or H100 (modal).")
    String accelerator;

    @Option(names = "--json", description = "Print one JSON object with the result on stdout.")
    boolean json;

    @Option(
            names = "--yes",
            description = "Accept the estimated time and cost of a paid or quota-limited run (Modal, Kaggle GPUs)"
                    + " without being asked; without it such a build stops before training and shows the estimate.")
    boolean yes;

    /** The runtime asked for on the command line, or null (the intake's, else local); a GPU alone means Modal. */
    private RuntimeSpec runtimeSpec() {
        if (runtime == null && accelerator == null) {
            return null;
        }
        return new RuntimeSpec(runtime == null ? RuntimeKind.MODAL : runtime, accelerator);
    }

    @Override
    public Integer call() throws Exception {
        if (request == null || request.isBlank()) {
            err().println("error: describe what to build, e.g. mltrainer run \"predict species\" --dataset iris.csv");
            return ExitCodes.BAD_INPUT;
        }
        try (Application app = open()) {
            BuildRequest buildRequest =
                    new BuildRequest(app.masked(request), dataset, target, name, stopAfter, null, runtimeSpec(), yes);
            var started = app.start().create(app.settings().owner(), ThreadKey.terminal("run"), buildRequest);
            EventListener lines = BuildPrinter.follow(started.id(), json ? err() : out());
            app.events().subscribe(lines);
            return BuildPrinter.finish(app.resume().submit(started.id()), json, out(), err());
        }
    }
}
