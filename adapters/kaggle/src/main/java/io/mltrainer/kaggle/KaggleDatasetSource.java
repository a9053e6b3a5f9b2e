package io.mltrainer.kaggle;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.DatasetSource;
import io.mltrainer.core.port.out.RawTable;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.port.out.TabularReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * A Kaggle dataset ({@code owner/slug}, or {@code owner/slug/file.csv} for one of its files), inspected without
 * downloading it: its metadata and file list, then only the first megabytes of the table to learn from, read like
 * a local file. The training script downloads the full dataset on the runtime.
 */
public final class KaggleDatasetSource implements DatasetSource {
    static final int SAMPLE_BYTES = 4 * 1024 * 1024;

    private final KaggleDatasetsApi api;
    private final TabularReader reader;
    private final SecretVault vault;
    private final KaggleAuth fallback;
    private final int sampleBytes;

    KaggleDatasetSource(
            KaggleDatasetsApi api, TabularReader reader, SecretVault vault, KaggleAuth fallback, int sampleBytes) {
        this.api = api;
        this.reader = reader;
        this.vault = vault;
        this.fallback = fallback;
        this.sampleBytes = sampleBytes;
    }

    /**
     * @param baseUrl Kaggle's API ({@code KAGGLE_API_URL}); null for the public one
     * @param reader reads the sampled table file
     * @param vault where a build's credential references are revealed; may be null
     * @param token, username, key credentials from the environment for builds that gave none; may be null
     */
    public static KaggleDatasetSource create(
            String baseUrl, TabularReader reader, SecretVault vault, String token, String username, String key) {
        OkHttpClient http =
                new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(120)).build();
        return new KaggleDatasetSource(
                new KaggleDatasetsApi(baseUrl, http),
                reader,
                vault,
                KaggleAuth.of(token, username, key).orElse(null),
                SAMPLE_BYTES);
    }

    @Override
    public boolean reads(DatasetSourceKind kind) {
        return kind == DatasetSourceKind.KAGGLE;
    }

    @Override
    public DatasetSample inspect(DatasetQuery query) {
        String[] parts = reference(query.spec().location());
        String owner = parts[0];
        String slug = parts[1];
        String dataset = owner + "/" + slug;
        KaggleAuth auth = auth(query)
                .orElseThrow(() -> new StageException(
                        FailureKind.AUTHENTICATION,
                        "Reading the Kaggle dataset " + dataset + " needs your Kaggle credentials: an API token"
                                + " (KAGGLE_API_TOKEN, or give it to me in a private message) or the username and key of"
                                + " ~/.kaggle/kaggle.json (KAGGLE_USERNAME and KAGGLE_KEY)."));
        JsonNode info = api.metadata(auth, owner, slug).path("info");
        List<JsonNode> files = api.files(auth, owner, slug);
        JsonNode file = choose(dataset, parts[2], files);
        String name = file.path("name").asText();
        long bytes = file.path("totalBytes").asLong(-1);
        Sample sample = sample(api.head(auth, owner, slug, name, sampleBytes), bytes, sampleBytes);
        RawTable table = read(sample, name);
        long total = sample.complete() || table.rows().isEmpty()
                ? table.totalRows()
                : Math.round((double) table.rows().size() * bytes / Math.max(1, sample.content().length));
        List<String> notes = new ArrayList<>();
        String title = info.path("title").asText("");
        notes.add("Kaggle dataset " + dataset + (title.isBlank() ? "" : " (\"" + title + "\")") + ", file " + name
                + (sample.complete()
                        ? ""
                        : ": read its first " + sample.content().length / 1024 + " KB, about " + total
                                + " rows in all (estimated from its size)"));
        DataSource where = new DataSource(
                DatasetSourceKind.KAGGLE,
                dataset,
                format(name),
                name,
                null,
                null,
                null,
                null,
                false,
                bytes >= 0 ? bytes : null);
        return new DatasetSample(where, new RawTable(table.header(), table.rows(), total), List.of(), List.of(), notes);
    }

    private Optional<KaggleAuth> auth(DatasetQuery query) {
        Credentials c = query.credentials();
        if (vault != null) {
            Optional<KaggleAuth> own = KaggleAuth.of(
                    reveal(query.owner(), c.kaggleToken()), c.kaggleUsername(), reveal(query.owner(), c.kaggleKey()));
            if (own.isPresent()) {
                return own;
            }
        }
        return Optional.ofNullable(fallback);
    }

    private String reveal(String owner, SecretRef ref) {
        return ref == null ? null : vault.reveal(owner, ref).orElse(null);
    }

    /** owner/slug[/file]; a kaggle.com/datasets/… address works too. */
    static String[] reference(String location) {
        String ref = location.trim()
                .replaceFirst("^https?://(www\\.)?kaggle\\.com/datasets/", "")
                .replaceFirst("^kaggle:", "");
        String[] parts = ref.split("/", 3);
        if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw StageException.badInput("'" + location + "' is not a Kaggle dataset reference: use owner/slug, as"
                    + " in kaggle.com/datasets/owner/slug.");
        }
        return new String[] {parts[0], parts[1], parts.length == 3 ? parts[2] : null};
    }

    private static JsonNode choose(String dataset, String asked, List<JsonNode> files) {
        List<String> names = files.stream().map(f -> f.path("name").asText()).toList();
        if (asked != null) {
            return files.stream()
                    .filter(f -> f.path("name").asText().equals(asked))
                    .findFirst()
                    .orElseThrow(() -> StageException.badInput(
                            dataset + " has no file " + asked + ". Its files are: " + String.join(", ", names) + "."));
        }
        List<JsonNode> tables = files.stream()
                .filter(f ->
                        f.path("name").asText().toLowerCase(Locale.ROOT).matches(".*\\.(csv|tsv|jsonl|ndjson|json)$"))
                .toList();
        if (tables.size() == 1) {
            return tables.get(0);
        }
        Optional<JsonNode> train = tables.stream()
                .filter(f -> f.path("name").asText().toLowerCase(Locale.ROOT).matches("(.*/)?train\\.(csv|tsv|jsonl)"))
                .findFirst();
        if (train.isPresent()) {
            return train.get();
        }
        if (tables.isEmpty()) {
            throw StageException.badInput(dataset + " holds no table I can sample (its files: "
                    + String.join(", ", names.subList(0, Math.min(10, names.size())))
                    + "). For images, download the dataset and give the folder or its zip.");
        }
        List<String> options = tables.stream().map(f -> f.path("name").asText()).toList();
        throw StageException.question(
                QuestionSlot.DATASET,
                dataset + " holds several tables: " + String.join(", ", options) + ". Which one should I learn"
                        + " from? Give it as " + dataset + "/FILE.",
                options.stream().map(o -> dataset + "/" + o).toList());
    }

    /** The sampled bytes, unzipped when Kaggle zipped the file, cut after the last complete line unless whole. */
    static Sample sample(byte[] head, long total, int limit) {
        boolean zipped = head.length > 3 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        byte[] content = zipped ? Unzip.firstEntry(head, limit * 4) : head;
        boolean complete = total >= 0 && content.length >= total;
        if (!complete) {
            int end = content.length;
            while (end > 0 && content[end - 1] != '\n') {
                end--;
            }
            content = java.util.Arrays.copyOf(content, end);
        }
        return new Sample(content, complete);
    }

    private RawTable read(Sample sample, String name) {
        Path file = null;
        try {
            String leaf = name.substring(name.lastIndexOf('/') + 1);
            file = Files.createTempFile("mltrainer-kaggle-", "-" + leaf);
            Files.write(file, sample.content());
            return reader.read(file.toString(), Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private static DataFormat format(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".tsv")) {
            return DataFormat.TSV;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return DataFormat.JSONL;
        }
        return n.endsWith(".json") ? DataFormat.JSON : DataFormat.CSV;
    }

    record Sample(byte[] content, boolean complete) {}
}
