package io.mltrainer.huggingface;

import static io.mltrainer.huggingface.FakeHub.READ_TOKEN;
import static io.mltrainer.huggingface.FakeHub.WRITE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.pipeline.StageException;
import io.mltrainer.core.port.DataStaging;
import io.mltrainer.core.secrets.SecretKind;
import io.mltrainer.core.secrets.SecretRef;
import io.mltrainer.core.testing.InMemorySecretVault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging local data to a private Hub dataset, against a loopback Hub answering like huggingface.co. */
class HubDataStagingTest {
    private final MockWebServer server = new MockWebServer();
    private final FakeHub fake = new FakeHub();
    private HubClient hub;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(fake);
        server.start();
        hub = new HubClient(server.url("/").toString(), new OkHttpClient(), Clock.systemUTC(), Duration.ZERO);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_file_goes_to_a_private_dataset_of_the_token_owner_in_one_commit() throws Exception {
        Path csv = Files.writeString(dir.resolve("emails.csv"), "text,label\nwin money,spam\n");

        DataStaging.Staged staged = new HubDataStaging(hub, null, WRITE_TOKEN)
                .stage("tester", Credentials.NONE, new JobId("k7q2mxa4"), csv);

        assertThat(staged).isEqualTo(new DataStaging.Staged("alice/mltrainer-data-k7q2mxa4", "emails.csv"));
        String commit = fake.commits.get("datasets/alice/mltrainer-data-k7q2mxa4");
        assertThat(commit.lines().toList()).hasSize(2);
        assertThat(commit.lines().findFirst().orElseThrow()).contains("\"key\":\"header\"");
        assertThat(commit)
                .contains("\"path\":\"emails.csv\"")
                .contains(
                        Base64.getEncoder().encodeToString(Files.readString(csv).getBytes(StandardCharsets.UTF_8)));
        boolean madePrivate = false;
        for (int i = 0; i < server.getRequestCount(); i++) {
            var request = server.takeRequest();
            if (request.getUrl().encodedPath().equals("/api/repos/create")) {
                assertThat(request.getBody().utf8())
                        .contains("\"type\":\"dataset\"")
                        .contains("\"private\":true");
                madePrivate = true;
            }
        }
        assertThat(madePrivate).isTrue();
    }

    @Test
    void staging_again_reuses_the_repository() throws Exception {
        Path csv = Files.writeString(dir.resolve("emails.csv"), "text,label\nhi,ham\n");
        HubDataStaging staging = new HubDataStaging(hub, null, WRITE_TOKEN);

        staging.stage("tester", Credentials.NONE, new JobId("again123"), csv);
        DataStaging.Staged second = staging.stage("tester", Credentials.NONE, new JobId("again123"), csv);

        assertThat(second.repository()).isEqualTo("alice/mltrainer-data-again123");
    }

    @Test
    void a_token_that_cannot_write_or_no_token_is_refused_with_what_to_do() throws Exception {
        Path csv = Files.writeString(dir.resolve("emails.csv"), "text,label\nhi,ham\n");

        assertThatThrownBy(() -> new HubDataStaging(hub, null, READ_TOKEN)
                        .stage("tester", Credentials.NONE, new JobId("j1abcdef"), csv))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("private dataset on your Hugging Face account");
        assertThatThrownBy(() -> new HubDataStaging(hub, null, null)
                        .stage("tester", Credentials.NONE, new JobId("j1abcdef"), csv))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("Hugging Face token with write access");
        assertThatThrownBy(() -> new HubDataStaging(hub, null, FakeHub.BAD_TOKEN)
                        .stage("tester", Credentials.NONE, new JobId("j1abcdef"), csv))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION))
                .hasMessageNotContaining(FakeHub.BAD_TOKEN);
    }

    @Test
    void the_builds_own_token_wins_over_HF_TOKEN_and_a_forgotten_one_says_to_send_it_again() throws Exception {
        Path csv = Files.writeString(dir.resolve("emails.csv"), "text,label\nwin money,spam\n");
        InMemorySecretVault vault = new InMemorySecretVault();
        SecretRef own = vault.store("slack:U1", SecretKind.HF_TOKEN, WRITE_TOKEN);
        Credentials credentials = new Credentials(own, null, null, null, null, null, null);

        DataStaging.Staged staged =
                new HubDataStaging(hub, vault, READ_TOKEN).stage("slack:U1", credentials, new JobId("c4a1b2d3"), csv);

        assertThat(staged.repository()).isEqualTo("alice/mltrainer-data-c4a1b2d3");
        vault.delete("slack:U1", own);
        assertThatThrownBy(() -> new HubDataStaging(hub, vault, WRITE_TOKEN)
                        .stage("slack:U1", credentials, new JobId("c4a1b2d3"), csv))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT))
                .hasMessageContaining("no longer stored; send it again privately");
    }

    @Test
    void a_create_refused_by_the_hub_names_the_reason() {
        assertThatThrownBy(() -> hub.createRepo(RepoType.DATASET, "alice", "x", true, READ_TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION))
                .hasMessageContaining("403")
                .hasMessageContaining("create the repository alice/x");
    }
}
