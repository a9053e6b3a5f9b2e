package io.mltrainer.bot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.mltrainer.core.domain.JobSummary;
import io.mltrainer.core.domain.Stage;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List builds, newest first.")
final class JobsCommand extends AppCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Option(names = "--limit", defaultValue = "50", description = "How many builds (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        try (Application app = openBriefly()) {
            List<JobSummary> jobs = app.status().summaries(limit);
            if (json) {
                ArrayNode array = JsonViews.JSON.createArrayNode();
                jobs.forEach(j -> array.add(JsonViews.summary(j)));
                out().println(JsonViews.JSON.writeValueAsString(array));
            } else if (jobs.isEmpty()) {
                out().println("No builds yet. Start one: mltrainer run \"predict species\" --dataset iris.csv");
            } else {
                out().printf("%-10s %-13s %-24s %-13s %s%n", "JOB", "STATUS", "TASK", "STAGE", "CREATED");
                for (JobSummary job : jobs) {
                    out().printf(
                                    "%-10s %-13s %-24s %-13s %s%n",
                                    job.id(),
                                    job.status().name().toLowerCase(Locale.ROOT),
                                    job.taskType().map(t -> t.id()).orElse("-"),
                                    job.currentStage().map(Stage::id).orElse("-"),
                                    job.createdAt());
                }
            }
            return ExitCodes.OK;
        }
    }
}
