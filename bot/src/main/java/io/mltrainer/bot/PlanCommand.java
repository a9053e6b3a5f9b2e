package io.mltrainer.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mltrainer.core.agents.dataset.DataReports;
import io.mltrainer.core.agents.plan.PlanReports;
import io.mltrainer.core.chat.Outcomes;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.ThreadKey;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Check the data and plan the model without training: the data report, the preprocessing, the"
                + " model, the training numbers and the expected time and cost. Needs no runtime or Hub credentials."
                + " Exit code 0 with a plan, 1 when planning failed, 2 for usage errors and bad input (a missing or"
                + " ambiguous column: the message names the candidates).")
final class PlanCommand extends AppCommand implements Callable<Integer> {
    @Mixin
    BuildOptions build = new BuildOptions();

    @Option(names = "--json", description = "Print one JSON object with the data report, plan and estimate.")
    boolean json;

    @Option(names = "--offline", description = "Understand the request without any language model.")
    boolean offline;

    @Override
    public Integer call() throws Exception {
        if (build.missingRequest()) {
            err().println("error: describe what to build, e.g. mltrainer plan \"predict species\" --dataset iris.csv");
            return ExitCodes.BAD_INPUT;
        }
        RuntimeSpec chosen = build.runtimeSpec();
        try (Application app = Application.open(
                main.launch.settings().offline(offline), main.launch.workingDirectory(), main.launch.env())) {
            BuildRequest plan = new BuildRequest(
                    app.masked(build.request),
                    app.masked(build.dataset),
                    app.masked(build.target),
                    null,
                    Stage.ARCHITECTURE,
                    null,
                    chosen);
            var started = app.start().create(app.settings().owner(), ThreadKey.terminal("plan"), plan);
            app.events().subscribe(BuildPrinter.follow(started.id(), json ? err() : out()));
            Job job;
            try {
                job = app.resume().submit(started.id()).get();
            } catch (ExecutionException e) {
                err().println("error: " + e.getCause().getMessage());
                return ExitCodes.FAILED;
            }
            return print(job);
        }
    }

    private int print(Job job) throws JsonProcessingException {
        int code = ExitCodes.of(job);
        if (json) {
            out().println(JsonViews.JSON.writeValueAsString(PlanViews.plan(job)));
            if (code != ExitCodes.OK && job.context().failure() != null) {
                err().println("error: " + job.context().failure().reason());
            }
        } else if (code == ExitCodes.OK) {
            out().println("Data:");
            DataReports.render(job.context().dataReport()).forEach(l -> out().println("  " + l));
            out().println("Plan:");
            PlanReports.render(job.context()).forEach(l -> out().println("  " + l));
        } else {
            Outcomes.describe(job).forEach(err()::println);
        }
        out().flush();
        err().flush();
        return code;
    }
}
