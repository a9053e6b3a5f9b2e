package io.mltrainer.datasets;

import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.pipeline.FetchedData;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.DatasetSource;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.port.out.TabularReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Tables at a URL (CSV, TSV, JSON, JSON Lines), downloaded within {@link FetchLimits} (see {@link UrlFetcher}) and
 * read like a local file. The location is the URL as stored and shown: a credential in it (a {@code ?token=}, a
 * {@code user:password@}) is a vault reference, revealed only for the download. Such a file is kept in
 * {@code <fetched>/content/<content hash>/} and the build trains on that copy, so the credential never reaches code, a
 * card or a runtime. A URL without credentials stays the location (a remote runtime's script downloads it itself); its
 * checked file is kept in {@link FetchedData} so that a local run reads that very file, never the URL again.
 */
public final class UrlDatasetSource implements DatasetSource {
    private final UrlFetcher fetcher;
    private final TabularReader reader;
    private final SecretVault vault;
    private final FetchedData kept;

    UrlDatasetSource(UrlFetcher fetcher, TabularReader reader, SecretVault vault, FetchedData kept) {
        this.fetcher = fetcher;
        this.reader = reader;
        this.vault = vault;
        this.kept = kept;
    }

    /**
     * @param vault reveals the credentials of URLs (null: such URLs are refused)
     * @param kept where checked downloads stay ({@code <home>/fetched})
     */
    public static UrlDatasetSource create(
            TabularReader reader, SecretVault vault, FetchedData kept, FetchLimits limits) {
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mltrainer-download-watch");
            thread.setDaemon(true);
            return thread;
        });
        UrlFetcher fetcher = new UrlFetcher(new OkHttpClient(), limits, watcher, Clock.systemUTC());
        return new UrlDatasetSource(fetcher, reader, vault, kept);
    }

    @Override
    public boolean reads(DatasetSourceKind kind) {
        return kind == DatasetSourceKind.URL;
    }

    @Override
    public DatasetSample inspect(DatasetQuery query) {
        String shown = query.spec().location().trim();
        boolean withCredentials = SecretRef.PATTERN.matcher(shown).find();
        HttpUrl url = url(withCredentials ? revealed(query.owner(), shown) : shown, shown);
        List<String> segments = url.pathSegments();
        String name = segments.get(segments.size() - 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip") || lower.endsWith(".parquet")) {
            throw StageException.badInput(shown + " is an archive or Parquet file: download it and give the local path"
                    + " instead (URLs are read for CSV, TSV, JSON and JSON Lines).");
        }
        String fileName = FetchedData.fileName(shown);
        Path file = null;
        try {
            // Beside the kept copies, so that keeping it is a rename.
            file = Files.createTempFile(Files.createDirectories(kept.root()), ".download-", "-" + fileName);
            UrlFetcher.Fetched fetched = fetcher.fetch(url, shown, file, query.publicOnly(), query.cancellation());
            String location = shown;
            DatasetSourceKind kind = DatasetSourceKind.URL;
            if (withCredentials) {
                file = kept(file, fetched, fileName);
                location = file.toString();
                kind = DatasetSourceKind.LOCAL;
            }
            DataSource where = new DataSource(
                    kind,
                    location,
                    LocalTableReader.format(file),
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    fetched.bytes());
            DatasetSample sample = DatasetSample.ofTable(where, reader.read(file.toString(), query.maxRows()));
            if (!withCredentials) {
                file = keepForLocalRuns(file, shown);
            }
            return sample;
        } catch (IOException e) {
            throw StageException.transientFailure("Downloading " + shown + " failed: " + e.getMessage(), e);
        } finally {
            if (file != null && !withCredentials) {
                file.toFile().delete();
            }
        }
    }

    /** The checked file, kept where local runs look for the URL's copy (then nothing is left to delete). */
    private Path keepForLocalRuns(Path file, String url) throws IOException {
        Path copy = kept.copyOf(url);
        Files.createDirectories(copy.getParent());
        Files.move(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return null;
    }

    /** Moves a download into {@code content/<content hash>/}: builds never share a file unless its bytes are equal. */
    private Path kept(Path download, UrlFetcher.Fetched fetched, String fileName) {
        try {
            Path folder =
                    kept.root().resolve("content").resolve(fetched.sha256().substring(0, 32));
            Files.createDirectories(folder);
            return Files.move(download, folder.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the download of a URL", e);
        }
    }

    private String revealed(String owner, String shown) {
        if (vault == null || owner == null) {
            throw StageException.badInput(shown + " holds a credential I cannot use here. Give the URL again.");
        }
        return vault.revealAll(owner, shown)
                .orElseThrow(() -> StageException.badInput(
                        shown + " refers to a credential I no longer have. Give the URL with its token again."));
    }

    private static HttpUrl url(String real, String shown) {
        HttpUrl url = HttpUrl.parse(real);
        if (url == null) {
            throw StageException.badInput("'" + shown + "' is not an http(s) address.");
        }
        return url;
    }
}
