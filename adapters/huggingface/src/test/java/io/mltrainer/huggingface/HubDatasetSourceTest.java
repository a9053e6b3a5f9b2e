package io.mltrainer.huggingface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.testing.InMemorySecretVault;
import io.mltrainer.core.testing.Intents;
import io.mltrainer.core.testing.PlanningPipeline;
import java.io.IOException;
import java.net.InetAddress;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hub datasets are inspected through a loopback dataset viewer: metadata and first rows only. */
class HubDatasetSourceTest {
    private static final String TEXT_FEATURES = "{\"text\":{\"dtype\":\"string\",\"_type\":\"Value\"},"
            + "\"label\":{\"names\":[\"neg\",\"pos\"],\"_type\":\"ClassLabel\"}}";
    private static final String TEXT_FIRST_FEATURES = "[{\"feature_idx\":0,\"name\":\"text\",\"type\":{\"dtype\":"
            + "\"string\",\"_type\":\"Value\"}},{\"feature_idx\":1,\"name\":\"label\",\"type\":{\"names\":[\"neg\","
            + "\"pos\"],\"_type\":\"ClassLabel\"}}]";

    private final FakeDatasetViewer viewer = new FakeDatasetViewer();
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        viewer.dataset(
                "stanfordnlp/imdb",
                "plain_text",
                TEXT_FEATURES,
                TEXT_FIRST_FEATURES,
                rows(
                        20,
                        i -> "{\"text\":\"I watched this film on a rainy evening and it was "
                                + (i % 2 == 0 ? "wonderful" : "dull") + " from start to end " + i + "\",\"label\":"
                                + (i % 2 == 0 ? 1 : 0) + "}"),
                25_000);
        viewer.dataset(
                        "meta/gated-reviews",
                        "default",
                        TEXT_FEATURES,
                        TEXT_FIRST_FEATURES,
                        rows(
                                20,
                                i -> "{\"text\":\"a gated review that says the product is "
                                        + (i % 2 == 0 ? "good" : "bad") + " " + i + "\",\"label\":" + (i % 2) + "}"),
                        1_000)
                .gated("meta/gated-reviews");
        viewer.notReady("busy/new-dataset");
        server.setDispatcher(viewer);
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HubDatasetSource source(String fallbackToken) {
        return HubDatasetSource.create(server.url("/").toString(), null, fallbackToken);
    }

    private static String rows(int count, java.util.function.IntFunction<String> row) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"row_idx\":")
                    .append(i)
                    .append(",\"row\":")
                    .append(row.apply(i))
                    .append(",\"truncated_cells\":[]}");
        }
        return json.append("]").toString();
    }

    private static DatasetSpec hub(String id) {
        return new DatasetSpec(DatasetSourceKind.HUGGINGFACE, id, null);
    }

    @Test
    void a_hub_dataset_gets_a_plan_from_its_metadata_and_first_rows() {
        JobContext plan = PlanningPipeline.with(source(null))
                .plan(Intents.of(TaskType.TEXT_CLASSIFICATION, hub("stanfordnlp/imdb"))
                        .on(RuntimeKind.KAGGLE)
                        .intent());

        var report = plan.dataReport();
        assertThat(report.rows()).isEqualTo(25_000);
        assertThat(report.classCounts()).containsOnlyKeys("neg", "pos");
        assertThat(report.source().config()).isEqualTo("plain_text");
        assertThat(report.source().trainSplit()).isEqualTo("train");
        assertThat(report.source().testSplit()).isEqualTo("test");
        assertThat(report.source().sizeBytes()).isEqualTo(84_125_825L);
        assertThat(((DataDetails.Text) report.details()).language()).isEqualTo("en");
        assertThat(plan.architecture().backbone().id()).isEqualTo("roberta-base");
        assertThat(plan.architecture().estimate().quotaHours()).isPositive();
    }

    @Test
    void only_metadata_endpoints_are_called_and_never_the_full_data() throws InterruptedException {
        source(null).inspect(new DatasetQuery(hub("stanfordnlp/imdb"), "tester", null, 100));

        java.util.List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < server.getRequestCount(); i++) {
            RecordedRequest request = server.takeRequest();
            paths.add(request.getUrl().encodedPath());
        }
        assertThat(paths).containsExactly("/is-valid", "/splits", "/info", "/first-rows", "/size");
    }

    @Test
    void a_gated_dataset_without_a_token_says_so() {
        assertThatThrownBy(() -> source(null).inspect(new DatasetQuery(hub("meta/gated-reviews"), "tester", null, 100)))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
                    assertThat(e.getMessage())
                            .startsWith("meta/gated-reviews is gated or private on the Hugging Face Hub")
                            .contains("accept its conditions")
                            .contains("HF_TOKEN");
                });
    }

    @Test
    void the_users_token_opens_a_gated_dataset_and_a_wrong_one_is_named() {
        var vault = new InMemorySecretVault();
        var ref = vault.store("tester", SecretKind.HF_TOKEN, FakeDatasetViewer.GOOD_TOKEN);
        var credentials = new Credentials(ref, null, null, null, null, null, null);
        var withVault = HubDatasetSource.create(server.url("/").toString(), vault, null);

        DatasetSample sample =
                withVault.inspect(new DatasetQuery(hub("meta/gated-reviews"), "tester", credentials, 100));

        assertThat(sample.table().rows()).hasSize(20);
        assertThatThrownBy(() ->
                        source("hf_wrong").inspect(new DatasetQuery(hub("meta/gated-reviews"), "tester", null, 100)))
                .hasMessageContaining("that your token can see");
    }

    @Test
    void an_unknown_dataset_and_one_not_ready_are_told_apart() {
        assertThatThrownBy(() -> source("hf_any").inspect(new DatasetQuery(hub("nobody/nothing"), "t", null, 10)))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT);
                    assertThat(e.getMessage()).contains("There is no dataset nobody/nothing");
                });
        assertThatThrownBy(() -> source(null).inspect(new DatasetQuery(hub("busy/new-dataset"), "t", null, 10)))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT);
                    assertThat(e.getMessage()).contains("not ready").contains("ResponseNotReady");
                });
    }

    @Test
    void several_configs_without_a_default_become_a_question() {
        viewer.answer("is-valid", "org/multi", "{\"preview\":true,\"viewer\":true}")
                .answer(
                        "splits",
                        "org/multi",
                        "{\"splits\":[{\"dataset\":\"org/multi\",\"config\":\"en\",\"split\":"
                                + "\"train\"},{\"dataset\":\"org/multi\",\"config\":\"fr\",\"split\":\"train\"}]}");

        assertThatThrownBy(() -> source(null).inspect(new DatasetQuery(hub("org/multi"), "t", null, 10)))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.NEEDS_ANSWER);
                    assertThat(e.question().options()).containsExactly("en", "fr");
                });
    }

    @Test
    void hub_objects_and_sequence_class_labels_feed_detection_and_ner_reports() {
        String objects = "{\"image\":{\"_type\":\"Image\"},\"objects\":{\"feature\":{\"bbox\":{\"feature\":{"
                + "\"dtype\":\"float32\",\"_type\":\"Value\"},\"length\":4,\"_type\":\"Sequence\"},\"category\":{"
                + "\"names\":[\"Coverall\",\"Face_Shield\",\"Gloves\"],\"_type\":\"ClassLabel\"}},\"_type\":"
                + "\"Sequence\"}}";
        viewer.dataset(
                "org/ppe",
                "default",
                objects,
                "[{\"name\":\"image\",\"type\":{\"_type\":\"Image\"}},"
                        + "{\"name\":\"objects\",\"type\":"
                        + objects.substring(objects.indexOf("\"objects\":") + 10, objects.length() - 1) + "}]",
                rows(
                        12,
                        i -> "{\"image\":{\"src\":\"https://x/" + i
                                + ".jpg\",\"height\":480,\"width\":640},\"objects\":{\"bbox\":[[10,20,100,80]],\"category\":["
                                + (i % 3) + "]}}"),
                1000);
        String ner = "{\"tokens\":{\"feature\":{\"dtype\":\"string\",\"_type\":\"Value\"},\"_type\":\"Sequence\"},"
                + "\"ner_tags\":{\"feature\":{\"names\":[\"O\",\"B-PER\",\"I-PER\",\"B-LOC\",\"I-LOC\"],\"_type\":"
                + "\"ClassLabel\"},\"_type\":\"Sequence\"}}";
        viewer.dataset(
                "org/ner",
                "default",
                ner,
                "[{\"name\":\"tokens\",\"type\":{\"feature\":{\"dtype\":\"string\","
                        + "\"_type\":\"Value\"},\"_type\":\"Sequence\"}},{\"name\":\"ner_tags\",\"type\":{\"feature\":{"
                        + "\"names\":[\"O\",\"B-PER\",\"I-PER\",\"B-LOC\",\"I-LOC\"],\"_type\":\"ClassLabel\"},\"_type\":"
                        + "\"Sequence\"}}]",
                rows(12, i -> "{\"tokens\":[\"Ada\",\"Lovelace\",\"in\",\"London\"]," + "\"ner_tags\":[1,2,0,3]}"),
                14_000);
        var pipeline = PlanningPipeline.with(source(null));

        var boxes = (DataDetails.Detection) pipeline.plan(Intents.of(TaskType.OBJECT_DETECTION, hub("org/ppe"))
                        .on(RuntimeKind.MODAL)
                        .intent())
                .dataReport()
                .details();
        var tags = (DataDetails.Tokens) pipeline.plan(Intents.of(TaskType.TOKEN_CLASSIFICATION, hub("org/ner"))
                        .on(RuntimeKind.MODAL)
                        .intent())
                .dataReport()
                .details();

        assertThat(boxes.objectsPerCategory()).containsOnlyKeys("Coverall", "Face_Shield", "Gloves");
        assertThat(boxes.annotations()).isEqualTo("hub objects");
        assertThat(tags.tagSet()).containsExactly("O", "B-PER", "I-PER", "B-LOC", "I-LOC");
        assertThat(tags.scheme()).isEqualTo("BIO");
        assertThat(tags.entities()).containsEntry("PER", 12L).containsEntry("LOC", 12L);
    }
}
