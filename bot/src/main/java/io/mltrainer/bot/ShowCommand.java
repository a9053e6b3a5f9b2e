package io.mltrainer.bot;

import io.mltrainer.core.chat.EventLines;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageState;
import io.mltrainer.core.port.in.BuildRefused;
import io.mltrainer.core.port.in.BuildStatusQuery;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one build: stages, files and events.")
final class ShowCommand extends AppCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JOB")
    String job;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Application app = open()) {
            BuildStatusQuery.View view = app.status().show(JobIdArgument.parse(job));
            if (json) {
                out().println(JsonViews.JSON.writeValueAsString(
                        JsonViews.detail(view.job(), view.events(), app.clock().instant())));
            } else {
                print(view, app.clock().instant());
            }
            return ExitCodes.OK;
        } catch (BuildRefused e) {
            err().println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    private void print(BuildStatusQuery.View view, java.time.Instant now) {
        Job job = view.job();
        out().println("Build " + job.id() + "  " + job.status().name().toLowerCase(Locale.ROOT)
                + job.taskType().map(t -> "  " + t.id()).orElse("")
                + job.currentStage().map(s -> "  at " + s.id()).orElse("")
                + job.leaseHolder(now).map(r -> "  on " + r).orElse(""));
        out().println("Request: " + job.context().request().text());
        for (Stage stage : JsonViews.stages(job)) {
            StageState state = job.context().stageState(stage);
            out().printf(
                            "  %-13s %-10s %6s  %d attempt(s)%s%n",
                            stage.id(),
                            state.status().name().toLowerCase(Locale.ROOT),
                            io.mltrainer.core.domain.Durations.seconds(state.durationMs()),
                            state.attempts(),
                            state.lastError() == null ? "" : "  last error: " + state.lastError());
        }
        if (job.context().code() != null) {
            out().println("Code: " + job.context().code().directory());
            job.context().code().files().forEach(f -> out().println("  " + f.path()));
        }
        if (job.context().deployment() != null) {
            out().println("Model: " + job.context().deployment().location());
        }
        out().println("Events:");
        view.events().forEach(r -> EventLines.render(r).ifPresent(line -> out().println("  " + line)));
    }
}
