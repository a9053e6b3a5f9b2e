package io.mltrainer.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.pipeline.FetchedData;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.port.out.DatasetSample;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables at a URL are read from a bounded download against a loopback server. */
class UrlDatasetSourceTest {
    @TempDir
    Path dir;

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/data/iris.csv", 200, "text/csv", "a,b,species\n1,2,x\n3,4,y\n");
        serve("/data/rows.jsonl", 200, "application/json", "{\"text\":\"hi\",\"label\":1}\n");
        serve("/page", 200, "text/html; charset=utf-8", "<html></html>");
        serve("/big.csv", 200, "text/csv", "a,b\n" + "1,2\n".repeat(1000));
        serve("/busy.csv", 503, "text/plain", "busy");
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(String path, int status, String type, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    private DatasetSample inspect(String path, long maxBytes) {
        var source = UrlDatasetSource.create(
                new LocalTableReader(dir, "/usr/bin/python3"),
                null,
                new FetchedData(dir.resolve("fetched")),
                new FetchLimits(maxBytes, Duration.ofSeconds(30)));
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        return source.inspect(new DatasetQuery(new DatasetSpec(DatasetSourceKind.URL, url, null), "t", null, 100));
    }

    @Test
    void reads_csv_and_json_lines_from_a_url() {
        DatasetSample csv = inspect("/data/iris.csv", 10_000);
        DatasetSample jsonl = inspect("/data/rows.jsonl", 10_000);

        assertThat(csv.table().header()).containsExactly("a", "b", "species");
        assertThat(csv.source().kind()).isEqualTo(DatasetSourceKind.URL);
        assertThat(csv.source().sizeBytes()).isEqualTo(24);
        assertThat(jsonl.source().format()).isEqualTo(DataFormat.JSONL);
    }

    @Test
    void refuses_pages_missing_files_and_files_over_the_limit_by_name() {
        assertThatThrownBy(() -> inspect("/page", 10_000)).hasMessageContaining("is a web page, not a data file");
        assertThatThrownBy(() -> inspect("/missing.csv", 10_000)).hasMessageContaining("does not exist (HTTP 404)");
        assertThatThrownBy(() -> inspect("/big.csv", 100)).hasMessageContaining("is larger than 0 MB");
    }

    @Test
    void keeps_the_checked_download_for_local_runs_and_nothing_of_a_refused_one() throws IOException {
        FetchedData kept = new FetchedData(dir.resolve("fetched"));
        var source = UrlDatasetSource.create(
                new LocalTableReader(dir, "/usr/bin/python3"),
                null,
                kept,
                new FetchLimits(10_000, Duration.ofSeconds(30)));
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String url = base + "/data/iris.csv?token=hf_abcdefghijklmnopqrstu";

        source.inspect(new DatasetQuery(new DatasetSpec(DatasetSourceKind.URL, url, null), "t", null, 100));
        assertThatThrownBy(() -> source.inspect(
                new DatasetQuery(new DatasetSpec(DatasetSourceKind.URL, base + "/page", null), "t", null, 100)));

        assertThat(kept.existing(url)).hasValueSatisfying(copy -> {
            assertThat(copy.toString())
                    .doesNotContain("hf_abcdefghijklmnopqrstu")
                    .endsWith("iris.csv");
            assertThat(copy).hasContent("a,b,species\n1,2,x\n3,4,y");
        });
        assertThat(kept.existing(base + "/page")).isEmpty();
        try (var files = java.nio.file.Files.walk(kept.root())) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile)).hasSize(1);
        }
    }

    @Test
    void a_busy_server_is_a_transient_failure() {
        assertThatThrownBy(() -> inspect("/busy.csv", 10_000))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT));
    }
}
