package io.mltrainer.huggingface;

import static io.mltrainer.huggingface.ToolAssertions.args;
import static io.mltrainer.huggingface.ToolAssertions.assertNoSecret;
import static io.mltrainer.huggingface.ToolAssertions.assertSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.llm.ToolResult;
import java.io.IOException;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** check_hf_dataset against a loopback dataset viewer: 200, 401 gated, 404, 500 ResponseNotReady. */
class CheckHfDatasetToolTest {
    private static final String ALL =
            "{\"preview\":true,\"viewer\":true,\"search\":true,\"filter\":true," + "\"statistics\":true}";

    private final FakeDatasetViewer viewer = new FakeDatasetViewer();
    private final MockWebServer server = new MockWebServer();
    private CheckHfDatasetTool tool;

    @BeforeEach
    void start() throws IOException {
        viewer.answer("is-valid", "stanfordnlp/imdb", ALL)
                .answer(
                        "splits",
                        "stanfordnlp/imdb",
                        "{\"splits\":[{\"dataset\":\"stanfordnlp/imdb\",\"config\":\"plain_text\",\"split\":\"train\"},"
                                + "{\"dataset\":\"stanfordnlp/imdb\",\"config\":\"plain_text\",\"split\":\"test\"},"
                                + "{\"dataset\":\"stanfordnlp/imdb\",\"config\":\"plain_text\",\"split\":"
                                + "\"unsupervised\"}],\"pending\":[],\"failed\":[]}")
                .answer("is-valid", "meta/gated", ALL)
                .answer(
                        "splits",
                        "meta/gated",
                        "{\"splits\":[{\"dataset\":\"meta/gated\",\"config\":\"default\",\"split\":\"train\"}],"
                                + "\"pending\":[],\"failed\":[]}")
                .gated("meta/gated")
                .answer(
                        "is-valid",
                        "someone/scripted",
                        "{\"preview\":false,\"viewer\":false,\"search\":false,\"filter\":false,\"statistics\":false}")
                .notReady("someone/fresh");
        server.setDispatcher(viewer);
        server.start();
        tool = new CheckHfDatasetTool(new DatasetViewerClient(server.url("/").toString(), new OkHttpClient()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void its_spec_names_the_tool_and_requires_the_dataset() {
        assertThat(tool.spec().name()).isEqualTo("check_hf_dataset");
        assertSchema(tool.spec(), "dataset");
    }

    @Test
    void a_readable_dataset_reports_its_configs_and_splits() throws InterruptedException {
        ToolResult result = tool.execute(args("{\"dataset\":\"stanfordnlp/imdb\"}"));

        assertThat(result.ok()).isTrue();
        assertThat(result.facts())
                .containsEntry("viewer", "true")
                .containsEntry("configs", "plain_text")
                .containsEntry("splits", "train,test,unsupervised");
        RecordedRequest valid = server.takeRequest();
        assertThat(valid.getUrl().encodedPath()).isEqualTo("/is-valid");
        assertThat(valid.getUrl().queryParameter("dataset")).isEqualTo("stanfordnlp/imdb");
        assertThat(valid.getHeaders().get("Authorization")).isNull();
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/splits");
    }

    @Test
    void a_hub_url_is_read_as_the_dataset_id() {
        ToolResult result = tool.execute(args("{\"dataset\":\"https://huggingface.co/datasets/stanfordnlp/imdb\"}"));

        assertThat(result.facts()).containsEntry("dataset", "stanfordnlp/imdb");
    }

    @Test
    void a_gated_dataset_without_a_token_is_refused_saying_a_token_is_needed() {
        ToolResult result = tool.execute(args("{\"dataset\":\"meta/gated\"}"));

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("gated or private").contains("token");
    }

    @Test
    void a_gated_dataset_opens_with_a_good_token_sent_as_bearer() throws InterruptedException {
        ToolResult result =
                tool.execute(args("{\"dataset\":\"meta/gated\",\"token\":\"" + FakeDatasetViewer.GOOD_TOKEN + "\"}"));

        assertThat(result.ok()).isTrue();
        assertThat(server.takeRequest().getHeaders().get("Authorization"))
                .isEqualTo("Bearer " + FakeDatasetViewer.GOOD_TOKEN);
        assertNoSecret(result, FakeDatasetViewer.GOOD_TOKEN);
    }

    @Test
    void a_dataset_the_token_cannot_see_is_refused_as_missing() {
        String token = "hf_OtherUserToken0123456789abcdefXYZ";

        ToolResult result = tool.execute(args("{\"dataset\":\"nobody/nothing\",\"token\":\"" + token + "\"}"));

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("There is no dataset nobody/nothing");
        assertNoSecret(result, token);
    }

    @Test
    void a_dataset_the_viewer_has_not_processed_yet_is_transient() {
        assertThatThrownBy(() -> tool.execute(args("{\"dataset\":\"someone/fresh\"}")))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT))
                .hasMessageContaining("not ready");
    }

    @Test
    void a_dataset_the_viewer_cannot_read_fails_the_check_with_what_to_do() {
        ToolResult result = tool.execute(args("{\"dataset\":\"someone/scripted\"}"));

        assertThat(result.ok()).isFalse();
        assertThat(result.facts()).containsEntry("viewer", "false");
        assertThat(result.message()).contains("Parquet");
    }

    @Test
    void a_malformed_id_is_refused_without_asking_the_viewer() {
        assertThat(tool.execute(args("{\"dataset\":\"a/b/c\"}")).ok()).isFalse();
        assertThat(tool.execute(args("{\"dataset\":\"bad--name\"}")).ok()).isFalse();
        assertThat(tool.execute(args("{}")).message()).contains("Which Hugging Face dataset");
        assertThat(server.getRequestCount()).isZero();
    }
}
