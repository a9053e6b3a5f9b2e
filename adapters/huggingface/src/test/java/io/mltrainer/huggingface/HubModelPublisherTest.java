package io.mltrainer.huggingface;

import static io.mltrainer.huggingface.FakeHub.WRITE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.Deployment;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.HubRelease;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing a registry folder as a Hub model repository and its demo Space, against a loopback Hub. */
class HubModelPublisherTest {
    private static final JobId JOB = new JobId("k7q2mxa4");

    private final FakeHub fake = FakeHub.started();
    private HubModelPublisher publisher;
    private byte[] model;

    @TempDir
    Path folder;

    @BeforeEach
    void start() throws IOException {
        HubClient hub = new HubClient(
                fake.url(), new OkHttpClient(), Clock.systemUTC(), Duration.ofMinutes(5), Duration.ofMillis(1));
        publisher = new HubModelPublisher(
                hub, null, WRITE_TOKEN, new SpaceWatch(Duration.ofMillis(1), Duration.ofSeconds(5)));
        model = new byte[4000];
        new Random(7).nextBytes(model);
        model[0] = 0;
        Files.write(folder.resolve("model.joblib"), model);
        Files.writeString(folder.resolve("metrics.json"), "{\"accuracy\": 0.9333333333333333}\n");
        Files.writeString(folder.resolve("README.md"), "---\nlibrary_name: sklearn\n---\n# iris\n");
        Files.createDirectories(folder.resolve("space"));
        Files.writeString(folder.resolve("space/app.py"), "import gradio\n");
        Files.writeString(folder.resolve("space/README.md"), "---\nsdk: gradio\nsdk_version: 5.9.1\n---\n");
        Files.writeString(folder.resolve("space/requirements.txt"), "scikit-learn>=1.2,<2\n");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void a_private_model_goes_to_its_repository_in_one_commit_and_its_demo_to_a_private_space() {
        Deployment deployment = publisher.publish(release("alice", true, true, false));

        assertThat(deployment.modelUrl()).isEqualTo(fake.url() + "/alice/iris");
        assertThat(deployment.spaceUrl()).isEqualTo(fake.url() + "/spaces/alice/iris-demo");
        assertThat(deployment.commit()).isNotBlank();
        assertThat(deployment.spaceStage()).isEqualTo("RUNNING");
        assertThat(fake.created.get("models/alice/iris").path("private").asBoolean())
                .isTrue();
        assertThat(fake.created.get("spaces/alice/iris-demo").path("visibility").asText())
                .isEqualTo("private");
        assertThat(fake.created.get("spaces/alice/iris-demo").path("sdk").asText())
                .isEqualTo("gradio");
        assertThat(fake.commitCounts).containsEntry("models/alice/iris", 1);
        assertThat(fake.commits.get("models/alice/iris")).contains("Model of mltrainer build k7q2mxa4");
        assertThat(fake.lfsPaths.get("models/alice/iris")).containsExactly("model.joblib");
        assertThat(fake.file("models/alice/iris", "model.joblib")).isEqualTo(model);
        assertThat(fake.files.get("models/alice/iris")).doesNotContainKey("space/app.py");
        assertThat(fake.files.get("spaces/alice/iris-demo")).containsKeys("app.py", "README.md", "requirements.txt");
        assertThat(fake.variables.get("alice/iris-demo")).containsEntry("MODEL_ID", "alice/iris");
        assertThat(fake.secrets).as("no token without the owner's yes").isEmpty();
        assertThat(fake.files.values().stream().flatMap(f -> f.values().stream()))
                .noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(WRITE_TOKEN));
    }

    @Test
    void a_private_space_gets_the_token_as_a_secret_only_when_the_owner_agreed() {
        publisher.publish(release("alice", true, true, true));

        assertThat(fake.secrets.get("alice/iris-demo")).containsEntry("HF_TOKEN", WRITE_TOKEN);
        assertThat(fake.variables.get("alice/iris-demo")).doesNotContainValue(WRITE_TOKEN);
    }

    @Test
    void a_public_model_and_its_space_are_public_and_never_get_the_token() {
        publisher.publish(release("alice", false, true, true));

        assertThat(fake.created.get("models/alice/iris").path("visibility").asText())
                .isEqualTo("public");
        assertThat(fake.created.get("spaces/alice/iris-demo").path("private").asBoolean())
                .isFalse();
        assertThat(fake.secrets).isEmpty();
    }

    @Test
    void an_organisation_the_token_may_write_to_gets_the_repositories() {
        String namespace = publisher.namespace("tester", Credentials.NONE, "acme");

        Deployment deployment = publisher.publish(release(namespace, true, false, false));

        assertThat(fake.created.get("models/acme/iris").path("organization").asText())
                .isEqualTo("acme");
        assertThat(deployment.modelUrl()).endsWith("/acme/iris");
        assertThat(deployment.spaceUrl()).isNull();
        assertThat(fake.created).doesNotContainKey("spaces/acme/iris-demo");
    }

    @Test
    void an_organisation_the_token_cannot_write_to_is_refused_with_what_to_do() {
        assertThatThrownBy(() -> publisher.namespace("tester", Credentials.NONE, "bigco"))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION))
                .hasMessageContaining("bigco")
                .hasMessageContaining("'read'")
                .hasMessageNotContaining(WRITE_TOKEN);
    }

    @Test
    void a_failed_commit_is_transient_and_publishing_again_sends_only_what_is_missing() {
        fake.failCommits.set(1);

        assertThatThrownBy(() -> publisher.publish(release("alice", true, true, false)))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT))
                .hasMessageContaining("500");
        Deployment deployment = publisher.publish(release("alice", true, true, false));

        assertThat(deployment.commit()).isNotBlank();
        assertThat(fake.lfs.puts).as("the model's contents went up once").hasSize(1);
        assertThat(fake.file("models/alice/iris", "model.joblib")).isEqualTo(model);

        Deployment again = publisher.publish(release("alice", true, true, false));
        assertThat(again.commit()).isEqualTo(deployment.commit());
        assertThat(fake.commitCounts).containsEntry("models/alice/iris", 1);
    }

    @Test
    void a_conflicting_operation_on_create_is_tried_again() {
        fake.conflictingCreates.set(2);

        Deployment deployment = publisher.publish(release("alice", true, false, false));

        assertThat(deployment.modelUrl()).endsWith("/alice/iris");
        assertThat(fake.created).containsKey("models/alice/iris");
    }

    @Test
    void a_space_that_fails_to_build_is_reported_with_the_tail_of_its_error() {
        fake.spaceStages = java.util.List.of("BUILDING", "BUILD_ERROR");
        fake.spaceError = "Collecting gradio\nERROR: No matching distribution found for scikit-learn<0\nExit code: 1";

        Deployment deployment = publisher.publish(release("alice", true, true, false));

        assertThat(deployment.spaceStage()).isEqualTo("BUILD_ERROR");
        assertThat(deployment.spaceError()).contains("No matching distribution").endsWith("Exit code: 1");
        assertThat(deployment.modelUrl())
                .as("the model is published all the same")
                .endsWith("/alice/iris");
    }

    @Test
    void a_file_holding_the_token_is_never_published() throws IOException {
        Files.writeString(folder.resolve("train.py"), "token = '" + WRITE_TOKEN + "'\n");

        assertThatThrownBy(() -> publisher.publish(release("alice", true, true, false)))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("train.py contains your Hugging Face token")
                .hasMessageNotContaining(WRITE_TOKEN);
        assertThat(fake.commits).isEmpty();
    }

    @Test
    void without_any_token_the_deploy_says_how_to_get_one() {
        HubModelPublisher tokenless = new HubModelPublisher(
                HubClient.create(fake.url()), null, null, new SpaceWatch(Duration.ofMillis(1), Duration.ZERO));

        assertThatThrownBy(() -> tokenless.namespace("tester", Credentials.NONE, null))
                .hasMessageContaining("huggingface.co/settings/tokens")
                .hasMessageContaining("keep the model local");
    }

    private HubRelease release(String namespace, boolean isPrivate, boolean space, boolean spaceToken) {
        return new HubRelease(JOB, "tester", Credentials.NONE, namespace, "iris", isPrivate, space, spaceToken, folder);
    }
}
