package io.mltrainer.core.agents.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.CancellationToken;
import io.mltrainer.core.port.out.RunListener;
import io.mltrainer.core.testing.FakeCredentials;
import io.mltrainer.core.testing.FakeDatasetSource;
import io.mltrainer.core.testing.Intents;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetAgentTest {
    private static final ThreadKey CHAT = new ThreadKey("discord", "G1", "C1", "T1");

    @TempDir
    Path root;

    private final FakeDatasetSource source = FakeDatasetSource.table(
            List.of("size", "weight", "label"),
            IntStream.range(0, 60)
                    .mapToObj(i -> List.of(Integer.toString(i), Integer.toString(i % 7), i % 2 == 0 ? "a" : "b"))
                    .toList());

    @Test
    void a_chat_build_does_not_read_a_local_path_outside_the_allowed_folders() {
        DatasetAgent agent = new DatasetAgent(source, policy());

        assertThatThrownBy(() -> agent.run(input(CHAT, DatasetSourceKind.LOCAL, "/etc/passwd")))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT))
                .hasMessageContaining("Attach the file to the thread");
        assertThat(source.lastQuery()).as("refused before any read").isNull();
    }

    @Test
    void a_location_claimed_as_an_attachment_is_held_to_the_same_folders() {
        DatasetAgent agent = new DatasetAgent(source, policy());

        assertThatThrownBy(() -> agent.run(input(
                        CHAT,
                        DatasetSourceKind.ATTACHMENT,
                        root.resolve("../x.csv").toString())))
                .hasMessageContaining("MLTRAINER_DATA_DIRS");
        assertThat(source.lastQuery()).isNull();
    }

    @Test
    void a_shared_file_and_a_terminal_build_are_read() {
        DatasetAgent agent = new DatasetAgent(source, policy());

        agent.run(input(
                CHAT,
                DatasetSourceKind.ATTACHMENT,
                root.resolve("uploads/discord/ab/emails.csv").toString()));
        assertThat(source.lastQuery()).isNotNull();
        agent.run(input(ThreadKey.terminal("run"), DatasetSourceKind.LOCAL, "/etc/passwd"));
        assertThat(source.lastQuery().spec().location()).isEqualTo("/etc/passwd");
    }

    @Test
    void a_credential_used_as_a_column_name_is_refused_without_being_repeated() {
        String token = FakeCredentials.HF.value();
        DatasetAgent agent = new DatasetAgent(FakeDatasetSource.table(
                List.of("size", token, "label"),
                IntStream.range(0, 60)
                        .mapToObj(i -> List.of(Integer.toString(i), "1", i % 2 == 0 ? "a" : "b"))
                        .toList()));

        assertThatThrownBy(() -> agent.run(input(ThreadKey.terminal("run"), DatasetSourceKind.LOCAL, "/x.csv")))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT))
                .hasMessageContaining("credential (hf_token) in a column name")
                .hasMessageNotContaining(token);
    }

    @Test
    void a_credential_among_the_label_values_is_refused_before_the_report_is_kept() {
        String token = FakeCredentials.OPENAI.value();
        DatasetAgent agent = new DatasetAgent(FakeDatasetSource.table(
                List.of("size", "weight", "label"),
                IntStream.range(0, 60)
                        .mapToObj(i -> List.of(Integer.toString(i), Integer.toString(i % 7), i % 2 == 0 ? "a" : token))
                        .toList()));

        assertThatThrownBy(() -> agent.run(input(ThreadKey.terminal("run"), DatasetSourceKind.LOCAL, "/x.csv")))
                .hasMessageContaining("credential (openai_key) in a label of the column 'label'")
                .hasMessageNotContaining(token);
    }

    private LocalDataPolicy policy() {
        return LocalDataPolicy.forChat(
                List.of(root.resolve("data")), t -> root.resolve("uploads/discord/ab"), Path::of);
    }

    private static StageInput input(ThreadKey thread, DatasetSourceKind kind, String location) {
        ParsedIntent intent = Intents.of(TaskType.TABULAR_CLASSIFICATION, new DatasetSpec(kind, location, "label"))
                .intent();
        JobContext context = JobContext.of(BuildRequest.of("classify emails")).with(intent);
        return new StageInput(
                new JobId("dataset-test"), "tester", context, 1, null, NO_RUNS, CancellationToken.NEVER, thread);
    }

    private static final RunListener NO_RUNS = new RunListener() {
        @Override
        public void started(RunHandle handle) {}

        @Override
        public void progress(JobEvent.TrainingProgress progress) {}
    };
}
