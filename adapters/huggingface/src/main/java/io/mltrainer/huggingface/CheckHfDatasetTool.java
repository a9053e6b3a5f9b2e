package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.llm.Tool;
import io.mltrainer.core.port.out.llm.ToolResult;
import io.mltrainer.core.port.out.llm.ToolSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@value #NAME}: whether the dataset viewer can read a Hub dataset, and its configs and splits. A gated or private
 * dataset without a token, or one that does not exist, is refused with what to do; a dataset the viewer is still
 * processing is a transient failure ("not ready, retry").
 */
public final class CheckHfDatasetTool implements Tool {
    public static final String NAME = "check_hf_dataset";
    private static final ToolSpec SPEC = new ToolSpec(
            NAME, "Checks that a Hugging Face dataset exists and can be read, and lists its configs and splits.", """
            {"type": "object",
             "properties": {
               "dataset": {"type": "string", "description": "the dataset id on the Hub, e.g. stanfordnlp/imdb"},
               "token": {"type": "string",
                 "description": "a Hugging Face token as a secret reference, for gated or private datasets"}
             },
             "required": ["dataset"],
             "additionalProperties": false}
            """);

    private final DatasetViewerClient viewer;

    public CheckHfDatasetTool(DatasetViewerClient viewer) {
        this.viewer = viewer;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult execute(JsonNode arguments) {
        Optional<String> dataset = ToolArgs.text(arguments, "dataset").map(CheckHfDatasetTool::id);
        if (dataset.isEmpty()) {
            return ToolResult.refused("Which Hugging Face dataset should I check? Give its id, e.g. stanfordnlp/imdb.");
        }
        Optional<String> token = ToolArgs.text(arguments, "token");
        Optional<String> problem = idProblem(dataset.get()).or(() -> token.flatMap(ToolArgs::tokenProblem));
        if (problem.isPresent()) {
            return ToolResult.refused(problem.get());
        }
        return ToolArgs.checking(() -> check(dataset.get(), token.orElse(null)));
    }

    private ToolResult check(String dataset, String token) {
        if (!viewer.isValid(dataset, token).readable()) {
            return new ToolResult(
                    false,
                    "The Hugging Face dataset viewer cannot read " + dataset + " (it may use a loading script or an"
                            + " unsupported format), so I cannot check it before training. Convert it to Parquet or"
                            + " CSV on the Hub, or give a local copy.",
                    Map.of("dataset", dataset, "viewer", "false"));
        }
        List<DatasetSplit> splits = viewer.splits(dataset, token);
        if (splits.isEmpty()) {
            throw StageException.transientFailure(
                    "The Hugging Face dataset viewer lists no splits for " + dataset + " yet (not ready, retry in a"
                            + " minute).",
                    null);
        }
        Set<String> configs = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        splits.forEach(s -> {
            configs.add(s.config());
            names.add(s.split());
        });
        return ToolResult.ok(
                dataset + " can be read: " + (configs.size() == 1 ? "config " : "configs ") + String.join(", ", configs)
                        + ", splits " + String.join(", ", names) + ".",
                Map.of(
                        "dataset",
                        dataset,
                        "viewer",
                        "true",
                        "configs",
                        String.join(",", configs),
                        "splits",
                        String.join(",", names)));
    }

    /** The id from the forms people paste: a Hub URL, an {@code hf://} path, or the id itself. */
    static String id(String given) {
        return given.replaceFirst("^https?://(www\\.)?huggingface\\.co/datasets/", "")
                .replaceFirst("^hf://datasets/", "")
                .replaceFirst("/+$", "");
    }

    private static Optional<String> idProblem(String dataset) {
        String[] parts = dataset.split("/", -1);
        if (parts.length > 2) {
            return Optional.of("'" + dataset + "' is not a dataset id: it is owner/name, e.g. stanfordnlp/imdb.");
        }
        Optional<String> owner = parts.length == 2 ? RepoName.problem("The owner", parts[0]) : Optional.empty();
        return owner.or(() -> RepoName.problem("The dataset name", parts[parts.length - 1]));
    }
}
