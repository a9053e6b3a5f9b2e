package io.mltrainer.kaggle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.testing.Intents;
import io.mltrainer.core.testing.PlanningPipeline;
import io.mltrainer.datasets.LocalTableReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kaggle datasets are inspected through a loopback API: metadata, file list and the first bytes of one table. */
class KaggleDatasetSourceTest {
    @TempDir
    Path dir;

    private final FakeKaggle kaggle = new FakeKaggle();
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        kaggle.dataset("uciml/iris", "Iris.csv", Files.readAllBytes(shared("iris.csv")))
                .dataset("someone/big-reviews", "reviews.csv", reviews(5_000))
                .dataset("someone/zipped", "reviews.csv", zip("reviews.csv", reviews(300)))
                .dataset("someone/two-tables", "a.csv", reviews(20))
                .dataset("someone/two-tables", "b.csv", reviews(20));
        server.setDispatcher(kaggle);
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private KaggleDatasetSource source(String token, String username, String key, int sampleBytes) {
        return source(server.url("/").toString(), token, username, key, sampleBytes);
    }

    private KaggleDatasetSource source(String baseUrl, String token, String username, String key, int sampleBytes) {
        return new KaggleDatasetSource(
                new KaggleDatasetsApi(baseUrl, new OkHttpClient()),
                new LocalTableReader(dir, "/usr/bin/python3"),
                null,
                KaggleAuth.of(token, username, key).orElse(null),
                sampleBytes);
    }

    private static DatasetSpec kaggle(String ref, String target) {
        return new DatasetSpec(DatasetSourceKind.KAGGLE, ref, target);
    }

    private static DatasetQuery query(String ref) {
        return new DatasetQuery(kaggle(ref, null), "tester", null, 1000);
    }

    @Test
    void a_kaggle_table_gets_a_plan_and_the_run_is_counted_against_the_quota() {
        JobContext plan = PlanningPipeline.with(source(FakeKaggle.TOKEN, null, null, 1 << 20))
                .plan(Intents.of(TaskType.TABULAR_CLASSIFICATION, kaggle("uciml/iris", "species"))
                        .on(RuntimeKind.KAGGLE)
                        .intent());

        var report = plan.dataReport();
        assertThat(report.rows()).isEqualTo(150);
        assertThat(report.source().kind()).isEqualTo(DatasetSourceKind.KAGGLE);
        assertThat(report.source().location()).isEqualTo("uciml/iris");
        assertThat(report.source().file()).isEqualTo("Iris.csv");
        assertThat(report.notes()).anyMatch(n -> n.contains("\"A test dataset\""));
        assertThat(plan.architecture().estimate().quotaHours()).isZero();
        assertThat(kaggle.authorizations).containsOnly("Bearer " + FakeKaggle.TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/v1", "/v1/"})
    void kaggle_api_url_means_the_same_with_or_without_the_version(String path) {
        String base = server.url("/").toString().replaceFirst("/$", "") + path;

        DatasetSample sample =
                source(base, FakeKaggle.TOKEN, null, null, 1 << 20).inspect(query("uciml/iris"));

        assertThat(sample.table().rows()).hasSize(150);
        assertThat(kaggle.paths).isNotEmpty().allMatch(p -> p.startsWith("/v1/datasets.DatasetApiService/"));
    }

    @Test
    void a_refusal_that_quotes_the_credentials_does_not_carry_them_on() throws IOException {
        try (MockWebServer careless = new MockWebServer()) {
            String key = "3f9a0c2e7b14d8a65c0e9f1b2d3a4c5e";
            String basic = Base64.getEncoder().encodeToString(("alice:" + key).getBytes(StandardCharsets.UTF_8));
            careless.enqueue(new MockResponse.Builder()
                    .code(401)
                    .body("{\"code\":401,\"message\":\"Unauthenticated: key " + key + " (Basic " + basic + ")\"}")
                    .build());
            careless.start(InetAddress.getLoopbackAddress(), 0);

            assertThatThrownBy(() -> source(careless.url("/").toString(), null, "alice", key, 1024)
                            .inspect(query("uciml/iris")))
                    .isInstanceOfSatisfying(StageException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
                        assertThat(e.getMessage())
                                .contains("Unauthenticated: key [redacted kaggle_key]")
                                .doesNotContain(key)
                                .doesNotContain(basic);
                    });
        }
    }

    @Test
    void a_large_table_is_sampled_from_its_first_bytes_and_its_rows_estimated() {
        DatasetSample sample =
                source(null, FakeKaggle.USERNAME, FakeKaggle.KEY, 16 * 1024).inspect(query("someone/big-reviews"));

        assertThat(kaggle.ranges).containsExactly("bytes=0-16383");
        assertThat(sample.table().rows().size()).isBetween(100, 400);
        assertThat(sample.table().totalRows()).isBetween(4_000L, 6_000L);
        assertThat(sample.notes())
                .anyMatch(n -> n.contains("read its first 15 KB") || n.contains("read its first 16 KB"));
        assertThat(kaggle.authorizations).allMatch(a -> a.startsWith("Basic "));
    }

    @Test
    void a_zipped_file_is_unzipped_from_the_start_of_the_archive() {
        DatasetSample sample = source(FakeKaggle.TOKEN, null, null, 1 << 20).inspect(query("someone/zipped"));

        assertThat(sample.table().header()).containsExactly("text", "label");
        assertThat(sample.table().rows()).hasSize(300);
    }

    @Test
    void without_credentials_the_message_says_which_ones_to_give() {
        assertThatThrownBy(() -> source(null, null, null, 1024).inspect(query("uciml/iris")))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
                    assertThat(e.getMessage()).contains("KAGGLE_API_TOKEN").contains("kaggle.json");
                });
    }

    @Test
    void refused_credentials_and_unknown_datasets_are_named() {
        assertThatThrownBy(() -> source("KGAT_wrong", null, null, 1024).inspect(query("uciml/iris")))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
                    assertThat(e.getMessage()).startsWith("Kaggle refused the credentials for uciml/iris (401");
                });
        assertThatThrownBy(() -> source(FakeKaggle.TOKEN, null, null, 1024).inspect(query("nobody/nothing")))
                .hasMessageStartingWith("There is no Kaggle dataset nobody/nothing");
    }

    @Test
    void several_tables_become_a_question_naming_them() {
        assertThatThrownBy(() -> source(FakeKaggle.TOKEN, null, null, 1024).inspect(query("someone/two-tables")))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.NEEDS_ANSWER);
                    assertThat(e.question().options())
                            .containsExactly("someone/two-tables/a.csv", "someone/two-tables/b.csv");
                });
        DatasetSample chosen = source(FakeKaggle.TOKEN, null, null, 1 << 20).inspect(query("someone/two-tables/b.csv"));
        assertThat(chosen.source().file()).isEqualTo("b.csv");
    }

    @Test
    void the_file_list_is_read_through_every_page() {
        kaggle.filesPerPage = 1;
        kaggle.dataset("someone/three-tables", "c.csv", reviews(20));
        kaggle.dataset("someone/three-tables", "d.csv", reviews(20));
        kaggle.dataset("someone/three-tables", "e.csv", reviews(20));

        DatasetSample last = source(FakeKaggle.TOKEN, null, null, 1 << 20).inspect(query("someone/three-tables/e.csv"));

        assertThat(last.source().file()).isEqualTo("e.csv");
        assertThat(kaggle.paths)
                .filteredOn(p -> p.endsWith("/ListDatasetFiles"))
                .hasSize(3);
        assertThatThrownBy(() -> source(FakeKaggle.TOKEN, null, null, 1024).inspect(query("someone/three-tables")))
                .isInstanceOfSatisfying(
                        StageException.class,
                        e -> assertThat(e.question().options())
                                .containsExactly(
                                        "someone/three-tables/c.csv",
                                        "someone/three-tables/d.csv",
                                        "someone/three-tables/e.csv"));
    }

    private static byte[] reviews(int rows) {
        StringBuilder csv = new StringBuilder("text,label\n");
        for (int i = 0; i < rows; i++) {
            csv.append("\"a review of product ")
                    .append(i)
                    .append(", which was ")
                    .append(i % 2 == 0 ? "great" : "poor")
                    .append("\",")
                    .append(i % 2)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static Path shared(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolveSibling("shared").resolve("data").resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(name + " not found");
    }
}
