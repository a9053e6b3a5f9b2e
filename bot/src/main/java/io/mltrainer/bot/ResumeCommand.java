package io.mltrainer.bot;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.in.BuildRefused;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "resume",
        mixinStandardHelpOptions = true,
        description = "Continue a failed, cancelled or interrupted build from its first unfinished stage.")
final class ResumeCommand extends AppCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JOB")
    String job;

    @Option(names = "--json", description = "Print one JSON object with the result on stdout.")
    boolean json;

    @Option(
            names = "--yes",
            description = "Accept the estimated time and cost of a paid or quota-limited run that stopped before"
                    + " training to ask; what was planned is kept.")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        JobId id = JobIdArgument.parse(job);
        try (Application app = open()) {
            app.resume().prepare(id, yes ? BuildRequest::withCostConfirmed : UnaryOperator.identity());
            app.events().subscribe(BuildPrinter.follow(id, json ? err() : out()));
            return BuildPrinter.finish(app.resume().submit(id), json, out(), err());
        } catch (BuildRefused e) {
            err().println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
