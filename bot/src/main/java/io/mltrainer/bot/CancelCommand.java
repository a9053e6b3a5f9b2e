package io.mltrainer.bot;

import io.mltrainer.core.port.in.BuildRefused;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "cancel",
        mixinStandardHelpOptions = true,
        description = "Stop a build, also one running in another terminal; 'resume' continues it later.")
final class CancelCommand extends AppCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JOB")
    String job;

    @Override
    public Integer call() {
        try (Application app = open()) {
            var cancelled = app.cancel().cancel(JobIdArgument.parse(job));
            out().println("Build " + cancelled.id() + " cancelled.");
            return ExitCodes.OK;
        } catch (BuildRefused e) {
            err().println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
