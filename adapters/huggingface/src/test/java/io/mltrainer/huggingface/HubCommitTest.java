package io.mltrainer.huggingface;

import static io.mltrainer.huggingface.FakeHub.READ_TOKEN;
import static io.mltrainer.huggingface.FakeHub.WRITE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Commits through preupload, Git LFS and the commit API, against a loopback Hub answering like huggingface.co. */
class HubCommitTest {
    private static final String REPO = "alice/data";

    private final MockWebServer server = new MockWebServer();
    private final FakeHub fake = new FakeHub().repo("datasets", REPO);
    private HubClient hub;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(fake);
        server.start();
        hub = new HubClient(
                server.url("/").toString(), new OkHttpClient(), Clock.systemUTC(), Duration.ZERO, Duration.ofMillis(1));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_text_file_goes_inline_after_the_hub_was_asked_how() throws Exception {
        byte[] csv = "text,label\nwin money,spam\n".getBytes(StandardCharsets.UTF_8);

        hub.commit(RepoType.DATASET, REPO, "data", Map.of("emails.csv", csv), WRITE_TOKEN);

        List<RecordedRequest> requests = requests();
        assertThat(requests)
                .extracting(r -> r.getUrl().encodedPath())
                .containsExactly("/api/datasets/alice/data/preupload/main", "/api/datasets/alice/data/commit/main");
        assertThat(requests.get(0).getBody().utf8())
                .contains("\"path\":\"emails.csv\"")
                .contains("\"size\":" + csv.length)
                .contains("\"sample\":\"" + Base64.getEncoder().encodeToString(csv) + "\"");
        assertThat(commit())
                .contains("\"key\":\"file\"")
                .contains(Base64.getEncoder().encodeToString(csv));
    }

    @Test
    void a_binary_file_goes_through_lfs_to_the_storage_without_the_token_and_is_verified() throws Exception {
        byte[] parquet = binary(3000);

        hub.commit(RepoType.DATASET, REPO, "data", Map.of("train.parquet", parquet), WRITE_TOKEN);

        String oid = FakeLfs.sha256(parquet);
        assertThat(fake.lfs.stored).containsKey(oid);
        assertThat(fake.lfs.stored.get(oid)).isEqualTo(parquet);
        assertThat(commit())
                .contains("\"key\":\"lfsFile\"")
                .contains("\"oid\":\"" + oid + "\"")
                .contains("\"size\":3000")
                .contains("\"algo\":\"sha256\"")
                .doesNotContain("\"content\"");
        List<RecordedRequest> requests = requests();
        assertThat(requests)
                .filteredOn(r -> r.getUrl().encodedPath().startsWith("/storage/"))
                .singleElement()
                .satisfies(r -> assertThat(r.getHeaders().get("Authorization")).isNull());
        assertThat(requests)
                .filteredOn(r -> r.getUrl().encodedPath().endsWith(".git/info/lfs/objects/batch"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.getUrl().encodedPath()).isEqualTo("/datasets/alice/data.git/info/lfs/objects/batch");
                    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/vnd.git-lfs+json");
                    assertThat(r.getBody().utf8())
                            .contains("\"hash_algo\":\"sha256\"")
                            .contains("\"basic\"");
                });
        assertThat(requests)
                .anySatisfy(r -> assertThat(r.getUrl().encodedPath()).endsWith("/objects/verify"));
    }

    @Test
    void a_text_file_above_the_inline_limit_goes_through_lfs() {
        fake.lfs.lfsAbove = 100;
        byte[] csv = "x,y\n1,2\n".repeat(50).getBytes(StandardCharsets.UTF_8);

        hub.commit(RepoType.DATASET, REPO, "data", Map.of("big.csv", csv), WRITE_TOKEN);

        assertThat(fake.lfs.stored).containsKey(FakeLfs.sha256(csv));
        assertThat(commit()).contains("\"key\":\"lfsFile\"");
    }

    @Test
    void a_large_file_is_sent_in_parts_and_completed_with_their_etags() {
        fake.lfs.multipartAbove = 1000;
        fake.lfs.chunkSize = 400;
        byte[] bytes = binary(2500);

        hub.commit(RepoType.DATASET, REPO, "data", Map.of("images.zip", bytes), WRITE_TOKEN);

        assertThat(fake.lfs.puts).hasSize(7).allMatch(p -> p.contains("/part/"));
        assertThat(fake.lfs.stored.get(FakeLfs.sha256(bytes))).isEqualTo(bytes);
    }

    @Test
    void contents_the_hub_already_has_are_not_sent_again_and_nothing_new_makes_no_commit() {
        byte[] bytes = binary(2000);
        byte[] text = "a,b\n".getBytes(StandardCharsets.UTF_8);

        String first = hub.commit(RepoType.DATASET, REPO, "first", Map.of("a.bin", bytes, "t.csv", text), WRITE_TOKEN);
        String again = hub.commit(RepoType.DATASET, REPO, "again", Map.of("a.bin", bytes, "t.csv", text), WRITE_TOKEN);

        assertThat(fake.lfs.puts).hasSize(1);
        assertThat(fake.commitCounts).containsEntry("datasets/" + REPO, 1);
        assertThat(again).isEqualTo(first).isNotBlank();
    }

    @Test
    void only_the_files_that_changed_are_in_the_next_commit() {
        byte[] bytes = binary(2000);
        hub.commit(
                RepoType.DATASET,
                REPO,
                "first",
                Map.of("a.bin", bytes, "t.csv", "a\n".getBytes(StandardCharsets.UTF_8)),
                WRITE_TOKEN);

        hub.commit(
                RepoType.DATASET,
                REPO,
                "second",
                Map.of("a.bin", bytes, "t.csv", "b\n".getBytes(StandardCharsets.UTF_8)),
                WRITE_TOKEN);

        assertThat(commit()).contains("second", "t.csv").doesNotContain("a.bin");
        assertThat(fake.file("datasets/" + REPO, "a.bin")).isEqualTo(bytes);
    }

    @Test
    void the_lfs_verify_call_carries_the_token_like_every_hub_call() throws Exception {
        hub.commit(RepoType.DATASET, REPO, "data", Map.of("w.bin", binary(700)), WRITE_TOKEN);

        assertThat(requests())
                .filteredOn(r -> r.getUrl().encodedPath().endsWith("/objects/verify"))
                .singleElement()
                .satisfies(r -> assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + WRITE_TOKEN));
    }

    @Test
    void a_busy_storage_is_tried_again_when_it_says_and_the_upload_completes() {
        fake.lfs.busyUploads.set(2);
        byte[] bytes = binary(900);

        hub.commit(RepoType.DATASET, REPO, "data", Map.of("b.bin", bytes), WRITE_TOKEN);

        assertThat(fake.lfs.stored.get(FakeLfs.sha256(bytes))).isEqualTo(bytes);
        assertThat(fake.commitCounts).containsEntry("datasets/" + REPO, 1);
    }

    @Test
    void the_time_allowed_for_an_upload_grows_with_its_size() {
        assertThat(LfsUpload.limit(100L << 20)).isGreaterThan(LfsUpload.limit(1 << 20));
        assertThat(LfsUpload.limit(1L << 30)).isGreaterThan(Duration.ofMinutes(30));
    }

    @Test
    void a_token_that_cannot_write_is_refused_with_what_to_do() {
        assertThatThrownBy(() -> hub.commit(RepoType.DATASET, REPO, "data", Map.of("a.bin", binary(10)), READ_TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION))
                .hasMessageContaining("403")
                .hasMessageContaining("upload to " + REPO)
                .hasMessageContaining("huggingface.co/settings/tokens")
                .hasMessageNotContaining(READ_TOKEN);
        assertThat(fake.commits).isEmpty();
    }

    @Test
    void an_object_the_hub_refuses_names_the_file_and_the_reason() {
        fake.lfs.refuseAbove = 100;

        assertThatThrownBy(
                        () -> hub.commit(RepoType.DATASET, REPO, "data", Map.of("huge.bin", binary(500)), WRITE_TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT))
                .hasMessageContaining("store huge.bin")
                .hasMessageContaining("Object is too large");
        assertThat(fake.commits).isEmpty();
    }

    @Test
    void a_storage_outage_is_transient_and_nothing_is_committed() {
        fake.lfs.storageFailure = 503;

        assertThatThrownBy(() -> hub.commit(RepoType.DATASET, REPO, "data", Map.of("a.bin", binary(500)), WRITE_TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT))
                .hasMessageContaining("503");
        assertThat(fake.commits).isEmpty();
    }

    private String commit() {
        return fake.commits.get("datasets/" + REPO);
    }

    private List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        for (int i = server.getRequestCount(); i > 0; i--) {
            requests.add(server.takeRequest());
        }
        return requests;
    }

    /** Bytes with NULs in their first 512, which the Hub takes for a binary file. */
    private static byte[] binary(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }
}
