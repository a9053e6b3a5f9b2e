package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.DatasetSource;
import io.mltrainer.core.port.out.Feature;
import io.mltrainer.core.port.out.RawTable;
import io.mltrainer.core.port.out.SecretVault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.OkHttpClient;

/**
 * A Hugging Face dataset, inspected through the dataset viewer without downloading it: whether the viewer can read
 * it, its configs and splits (the config asked for, else the only one or {@code default}, else a question), the
 * declared features, the row count of the training split and its first rows. The user's token (a vault reference,
 * revealed at the moment of the call) opens gated and private datasets.
 */
public final class HubDatasetSource implements DatasetSource {
    private static final List<String> VALIDATION = List.of("validation", "valid", "dev", "val");

    private final DatasetViewerApi viewer;
    private final SecretVault vault;
    private final String fallbackToken;

    HubDatasetSource(DatasetViewerApi viewer, SecretVault vault, String fallbackToken) {
        this.viewer = viewer;
        this.vault = vault;
        this.fallbackToken = fallbackToken;
    }

    /**
     * @param baseUrl the viewer's address ({@code HF_DATASETS_SERVER_URL}); null for the public one
     * @param vault where a build's token references are revealed; may be null
     * @param fallbackToken a token from the environment ({@code HF_TOKEN}) for builds that gave none; may be null
     */
    public static HubDatasetSource create(String baseUrl, SecretVault vault, String fallbackToken) {
        OkHttpClient http =
                new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(60)).build();
        return new HubDatasetSource(new DatasetViewerApi(baseUrl, http), vault, fallbackToken);
    }

    @Override
    public boolean reads(DatasetSourceKind kind) {
        return kind == DatasetSourceKind.HUGGINGFACE;
    }

    @Override
    public DatasetSample inspect(DatasetQuery query) {
        DatasetSpec spec = query.spec();
        String dataset = spec.location().replaceFirst("^hf://datasets/", "").trim();
        String token = token(query).orElse(null);
        JsonNode valid = viewer.isValid(dataset, token);
        if (!valid.path("preview").asBoolean(false) && !valid.path("viewer").asBoolean(false)) {
            throw StageException.badInput("The Hugging Face dataset viewer cannot read " + dataset + " (no preview:"
                    + " it may use a loading script or an unsupported format), so I cannot check it before training."
                    + " Convert it to Parquet or CSV on the Hub, or give a local copy.");
        }
        Map<String, List<String>> splits = splits(viewer.splits(dataset, token));
        String config = config(dataset, spec.config(), splits);
        List<String> names = splits.get(config);
        String train = split(dataset, spec.trainSplit(), names, List.of("train"), true);
        String validation = split(dataset, spec.validationSplit(), names, VALIDATION, false);
        String test = split(dataset, spec.testSplit(), names, List.of("test"), false);
        JsonNode info = viewer.info(dataset, config, token).path("dataset_info");
        JsonNode rows = viewer.firstRows(dataset, config, train, token);
        List<Feature> features =
                ViewerFeatures.of(rows.has("features") ? rows.path("features") : info.path("features"));
        long total = info.path("splits").path(train).path("num_examples").asLong(-1);
        DataSource where = new DataSource(
                DatasetSourceKind.HUGGINGFACE,
                dataset,
                DataFormat.HUB,
                null,
                config,
                train,
                validation,
                test,
                false,
                size(dataset, token));
        List<String> notes = new ArrayList<>();
        notes.add("read the first rows of " + dataset + (config.equals("default") ? "" : " (" + config + ")")
                + ", split " + train + "; the training script loads it in full on the runtime");
        return new DatasetSample(where, table(features, rows.path("rows"), total), features, List.of(), notes);
    }

    private Optional<String> token(DatasetQuery query) {
        var ref = query.credentials().hfToken();
        if (ref != null && vault != null) {
            return vault.reveal(query.owner(), ref);
        }
        return Optional.ofNullable(fallbackToken).filter(t -> !t.isBlank());
    }

    private static Map<String, List<String>> splits(JsonNode json) {
        Map<String, List<String>> byConfig = new LinkedHashMap<>();
        for (JsonNode s : json.path("splits")) {
            byConfig.computeIfAbsent(s.path("config").asText(), k -> new ArrayList<>())
                    .add(s.path("split").asText());
        }
        return byConfig;
    }

    private static String config(String dataset, String asked, Map<String, List<String>> splits) {
        List<String> configs = List.copyOf(splits.keySet());
        if (configs.isEmpty()) {
            throw StageException.transientFailure(
                    "The Hugging Face dataset viewer lists no splits for " + dataset + " yet; I will try again.", null);
        }
        if (asked != null) {
            if (!splits.containsKey(asked)) {
                throw StageException.badInput(dataset + " has no config '" + asked + "'. Its configs are: "
                        + String.join(", ", configs) + ".");
            }
            return asked;
        }
        if (configs.size() == 1) {
            return configs.get(0);
        }
        if (configs.contains("default")) {
            return "default";
        }
        throw StageException.question(
                QuestionSlot.CONFIG,
                dataset + " has " + configs.size() + " configs: "
                        + String.join(", ", configs.subList(0, Math.min(10, configs.size())))
                        + (configs.size() > 10 ? " …" : "") + ". Which one should I use? Name it in the request.",
                configs);
    }

    private static String split(
            String dataset, String asked, List<String> names, List<String> usual, boolean required) {
        if (asked != null) {
            if (!names.contains(asked)) {
                throw StageException.badInput(
                        dataset + " has no split '" + asked + "'. Its splits are: " + String.join(", ", names) + ".");
            }
            return asked;
        }
        for (String name : usual) {
            if (names.contains(name)) {
                return name;
            }
        }
        return required ? names.get(0) : null;
    }

    private Long size(String dataset, String token) {
        try {
            JsonNode size = viewer.size(dataset, token).path("size").path("dataset");
            long bytes = size.path("num_bytes_original_files")
                    .asLong(size.path("num_bytes_parquet_files").asLong(-1));
            return bytes >= 0 ? bytes : null;
        } catch (StageException e) {
            // The size is a nicety for the report; the dataset is usable without it.
            return null;
        }
    }

    static RawTable table(List<Feature> features, JsonNode rows, long total) {
        Set<String> columns = new LinkedHashSet<>();
        features.forEach(f -> columns.add(f.name()));
        rows.forEach(r -> r.path("row").fieldNames().forEachRemaining(columns::add));
        List<String> header = List.copyOf(columns);
        List<List<String>> cells = new ArrayList<>();
        for (JsonNode r : rows) {
            List<String> line = new ArrayList<>();
            for (String column : header) {
                JsonNode value = r.path("row").get(column);
                line.add(
                        value == null || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString());
            }
            cells.add(line);
        }
        if (cells.isEmpty()) {
            throw StageException.badInput("The dataset viewer returned no rows: the dataset looks empty.");
        }
        return new RawTable(header, cells, total);
    }
}
