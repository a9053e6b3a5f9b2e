package io.mltrainer.datasets;

import io.mltrainer.core.data.FetchedData;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.pipeline.StageException;
import io.mltrainer.core.port.DatasetQuery;
import io.mltrainer.core.port.DatasetSample;
import io.mltrainer.core.port.DatasetSource;
import io.mltrainer.core.port.TabularReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;

/**
 * Tables at a URL (CSV, TSV, JSON, JSON Lines): downloaded to a temporary file up to a size limit and read like a
 * local file. Where {@link FetchedData} is configured the checked file is kept there, and local runs read it instead
 * of the URL; otherwise it is deleted, and a remote runtime's script downloads the URL itself.
 */
public final class UrlDatasetSource implements DatasetSource {
    private final HttpClient http;
    private final TabularReader reader;
    private final long maxBytes;
    private final FetchedData kept;

    public UrlDatasetSource(HttpClient http, TabularReader reader, long maxBytes) {
        this(http, reader, maxBytes, null);
    }

    /** {@code kept}: where a checked download stays for local runs to read (null: it is deleted). */
    public UrlDatasetSource(HttpClient http, TabularReader reader, long maxBytes, FetchedData kept) {
        this.http = http;
        this.reader = reader;
        this.maxBytes = maxBytes;
        this.kept = kept;
    }

    public static UrlDatasetSource withDefaults(TabularReader reader) {
        return withDefaults(reader, null);
    }

    /** As {@link #withDefaults(TabularReader)}, keeping checked downloads in {@code kept}. */
    public static UrlDatasetSource withDefaults(TabularReader reader, FetchedData kept) {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return new UrlDatasetSource(http, reader, 100L * 1024 * 1024, kept);
    }

    @Override
    public boolean reads(DatasetSourceKind kind) {
        return kind == DatasetSourceKind.URL;
    }

    @Override
    public DatasetSample inspect(DatasetQuery query) {
        String url = query.spec().location().trim();
        URI uri = uri(url);
        String name = Path.of(uri.getPath().isEmpty() ? "/data" : uri.getPath())
                .getFileName()
                .toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")
                || name.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            throw StageException.badInput(url + " is an archive or Parquet file: download it and give the local path"
                    + " instead (URLs are read for CSV, TSV, JSON and JSON Lines).");
        }
        Path file = null;
        try {
            String suffix = "-" + (name.contains(".") ? name : name + ".csv");
            // Beside the kept copies where there are some, so that keeping it is an atomic rename.
            file = kept == null
                    ? Files.createTempFile("mltrainer-url-", suffix)
                    : Files.createTempFile(Files.createDirectories(kept.root()), ".download-", suffix);
            long size = download(uri, url, file);
            DataSource where = new DataSource(
                    DatasetSourceKind.URL,
                    url,
                    LocalTableReader.format(file),
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    size);
            DatasetSample sample = DatasetSample.ofTable(where, reader.read(file.toString(), query.maxRows()));
            file = keep(file, url);
            return sample;
        } catch (IOException e) {
            throw StageException.transientFailure("Downloading " + url + " failed: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /** The checked file, kept for local runs where configured (then nothing is left to delete). */
    private Path keep(Path file, String url) throws IOException {
        if (kept == null) {
            return file;
        }
        Path copy = kept.copyOf(url);
        Files.createDirectories(copy.getParent());
        Files.move(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return null;
    }

    private long download(URI uri, String url, Path file) throws IOException {
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StageException.transientFailure("Downloading " + url + " was interrupted", e);
        }
        try (InputStream in = response.body()) {
            check(url, response);
            long declared =
                    response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw tooLarge(url);
            }
            return copy(in, file, url);
        }
    }

    private void check(String url, HttpResponse<InputStream> response) {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw StageException.badInput(url + " needs a login (HTTP " + status + "). Download it and give the"
                    + " local file, or use a public link.");
        }
        if (status == 404 || status == 410) {
            throw StageException.badInput(url + " does not exist (HTTP " + status + "). Check the address.");
        }
        if (status == 429 || status >= 500) {
            throw StageException.transientFailure(url + " answered HTTP " + status + "; trying again later.", null);
        }
        if (status >= 400) {
            throw StageException.badInput(url + " answered HTTP " + status + ". Check the address.");
        }
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html")) {
            throw StageException.badInput(url + " is a web page, not a data file. Link the raw file (for GitHub, the"
                    + " \"Raw\" button's address).");
        }
    }

    private long copy(InputStream in, Path file, String url) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(url);
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private StageException tooLarge(String url) {
        return StageException.badInput(url + " is larger than " + maxBytes / (1024 * 1024) + " MB, more than I read"
                + " for a check. Put it on the Hugging Face Hub or Kaggle (only samples are read there), or give a"
                + " local copy.");
    }

    private static URI uri(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("not http");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw StageException.badInput("'" + url + "' is not an http(s) address.");
        }
    }
}
