package io.mltrainer.bot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.core.chat.TryAnswers;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.in.BuildRefused;
import io.mltrainer.core.port.in.TryModelUseCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "predict",
        mixinStandardHelpOptions = true,
        description = "Try a finished build's model on one input: a row as \"col=value, …\" or a CSV row, a text, or"
                + " an image path. Models that run on the Hub only answer with their demo Space.")
final class PredictCommand extends AppCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JOB")
    String job;

    @Parameters(index = "1", paramLabel = "INPUT", description = "What to predict from.")
    String input;

    @Option(names = "--json", description = "Print one JSON object: prediction, probabilities (or space_url).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Application app = open()) {
            JobId id = JobIdArgument.parse(job);
            TryModelUseCase.Result answer = app.tryModel().tryIt(id, input, image());
            if (json) {
                out().println(JsonViews.JSON.writeValueAsString(json(id, answer)));
            } else {
                TryAnswers.describe(answer).forEach(out()::println);
            }
            return ExitCodes.OK;
        } catch (BuildRefused | StageException | IllegalArgumentException e) {
            err().println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    /** An input that names a file here is an image (relative paths from where the command runs). */
    private Path image() {
        Path path = workingDirectory().resolve(input).normalize();
        return input.length() < 1024 && Files.isRegularFile(path) ? path : null;
    }

    private static ObjectNode json(JobId id, TryModelUseCase.Result answer) {
        ObjectNode node = JsonViews.JSON.createObjectNode().put("job_id", id.value());
        if (answer instanceof TryModelUseCase.Result.OnTheHub hub) {
            node.put("space_url", hub.spaceUrl());
            return node;
        }
        TryModelUseCase.Result.Predicted predicted = (TryModelUseCase.Result.Predicted) answer;
        node.put("target", predicted.target());
        node.put("prediction", predicted.prediction().value());
        if (predicted.prediction().probabilities() == null) {
            node.putNull("probabilities");
        } else {
            ObjectNode probabilities = node.putObject("probabilities");
            new java.util.TreeMap<>(predicted.prediction().probabilities()).forEach(probabilities::put);
        }
        return node;
    }
}
