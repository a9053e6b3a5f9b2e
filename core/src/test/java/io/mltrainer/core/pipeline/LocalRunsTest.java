package io.mltrainer.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.CancellationToken;
import io.mltrainer.core.port.out.RunListener;
import io.mltrainer.core.port.out.Sandbox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without a sandbox, chat builds do not run code here and say why; terminal builds run it with a warning. A run reads
 * the copy of a URL fetched when the data was checked.
 */
class LocalRunsTest {
    private static final ThreadKey SLACK = new ThreadKey("slack", "T1", "C1", "1700000000.000100");
    private static final LocalRuns UNCONFINED = new LocalRuns(
            new Sandbox.Availability.Unavailable(
                    "bwrap is not installed; install bubblewrap (apt-get install bubblewrap)"),
            null);

    private final List<JobEvent.TrainingProgress> events = new ArrayList<>();

    @Test
    void refuses_a_chat_build_without_a_sandbox_and_says_what_to_install() {
        assertThatThrownBy(() -> UNCONFINED.check(input(SLACK)))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.MISSING_DEPENDENCY))
                .hasMessageContaining("chat build without a sandbox")
                .hasMessageContaining("apt-get install bubblewrap")
                .hasMessageContaining("--runtime kaggle or modal");
    }

    @Test
    void warns_a_terminal_build_without_a_sandbox_and_lets_it_run() {
        UNCONFINED.check(input(ThreadKey.terminal("s1")));

        assertThat(events)
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("WITHOUT a sandbox", "bwrap is not installed"));
    }

    @Test
    void a_chat_may_load_a_trained_model_only_where_runs_are_confined() {
        assertThat(UNCONFINED.chatRefusal())
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("a trained model", "without a sandbox", "apt-get install bubblewrap"));
        assertThat(new LocalRuns(new Sandbox.Availability.Confined("bubblewrap"), null).chatRefusal())
                .isEmpty();
    }

    @Test
    void lets_any_build_run_where_runs_are_confined() {
        LocalRuns confined = new LocalRuns(new Sandbox.Availability.Confined("bubblewrap"), null);

        assertThatCode(() -> confined.check(input(SLACK))).doesNotThrowAnyException();
        assertThat(events).isEmpty();
    }

    @Test
    void a_local_run_reads_the_checked_copy_of_a_url_not_the_url(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path home) throws java.io.IOException {
        FetchedData fetched = new FetchedData(home.resolve("fetched"));
        String url = "https://example.org/data/iris.csv?token=hf_abcdefghijklmnop";
        java.nio.file.Path copy = fetched.copyOf(url);
        java.nio.file.Files.createDirectories(copy.getParent());
        java.nio.file.Files.writeString(copy, "a,b\n1,2\n");
        LocalRuns runs = new LocalRuns(new Sandbox.Availability.Confined("bubblewrap"), fetched);

        assertThat(runs.dataPath(url)).isEqualTo(copy.toString()).doesNotContain("hf_abcdefghijklmnop");
        assertThat(runs.dataPath("https://example.org/other.csv")).isEqualTo("https://example.org/other.csv");
        assertThat(runs.dataPath("/data/local.csv")).isEqualTo("/data/local.csv");
    }

    private StageInput input(ThreadKey thread) {
        RunListener listener = new RunListener() {
            @Override
            public void started(RunHandle handle) {}

            @Override
            public void progress(JobEvent.TrainingProgress progress) {
                events.add(progress);
            }
        };
        return new StageInput(
                new JobId("guard-test"),
                "tester",
                JobContext.of(BuildRequest.of("classify emails")),
                1,
                null,
                listener,
                CancellationToken.NEVER,
                thread);
    }
}
