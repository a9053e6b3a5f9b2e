package io.mltrainer.bot;

import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.nlp.IntentJson;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = "Show what a request is understood as: task type, dataset, runtime, hyperparameters.")
final class ParseCommand extends AppCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REQUEST", description = "What to build, in plain words.")
    String request;

    @Option(names = "--offline", description = "Use the offline model even when a language model is configured.")
    boolean offline;

    @Option(names = "--json", description = "Print the parsed intent as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (request == null || request.isBlank()) {
            err().println("error: give a request, e.g. mltrainer parse \"classify spam sms from sms.csv\"");
            return ExitCodes.BAD_INPUT;
        }
        try (Application app = open(offline)) {
            Optional<ParsedIntent> intent =
                    app.intentReader().read(app.settings().owner(), null, app.masked(request), null, null);
            if (intent.isEmpty()) {
                err().println("error: I could not tell what kind of model this asks for. Say what to predict,"
                        + " classify, forecast, cluster, summarize, translate or generate.");
                return ExitCodes.BAD_INPUT;
            }
            if (json) {
                out().println(IntentJson.write(intent.get()));
            } else {
                ParsedIntent p = intent.get();
                out().println("task type:  " + p.taskType().id());
                out().println("dataset:    "
                        + (p.dataset() == null
                                ? "-"
                                : p.dataset().source().name().toLowerCase(Locale.ROOT)
                                        + " " + p.dataset().location()
                                        + (p.dataset().target() == null
                                                ? ""
                                                : ", target " + p.dataset().target())));
                out().println("runtime:    " + p.runtime().kind().id()
                        + (p.runtime().accelerator() == null
                                ? ""
                                : " " + p.runtime().accelerator()));
                out().println("deploy to:  " + p.deployment().target().name().toLowerCase(Locale.ROOT));
            }
            return ExitCodes.OK;
        }
    }
}
