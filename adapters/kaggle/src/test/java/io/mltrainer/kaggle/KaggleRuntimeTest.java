package io.mltrainer.kaggle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.IntakeResult;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.pipeline.RetryPolicy;
import io.mltrainer.core.pipeline.RunMonitor;
import io.mltrainer.core.pipeline.RunStage;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.RunRequest;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.testing.InMemoryJobRepository;
import io.mltrainer.core.testing.InMemorySecretVault;
import io.mltrainer.core.testing.RunToEnd;
import io.mltrainer.runtimes.FileWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training on a loopback Kaggle that speaks the kernels, blobs and datasets calls of the current API. */
class KaggleRuntimeTest {
    private static final JobId JOB = new JobId("b7k2m9qa");
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String OWNER = "tester";

    @TempDir
    Path home;

    private FakeKaggleRuns kaggle;
    private RunToEnd monitor;
    private Path data;

    @BeforeEach
    void start() throws IOException {
        kaggle = FakeKaggleRuns.start();
        monitor = new RunToEnd();
        data = Files.writeString(home.resolve("emails.csv"), "text,label\nwin money now,spam\nlunch at noon,ham\n");
    }

    @AfterEach
    void stop() {
        monitor.close();
        kaggle.close();
    }

    @Test
    void pushes_one_private_t4_script_kernel_with_the_staged_dataset_and_collects_what_it_wrote() throws Exception {
        KaggleRuntime runtime = runtime(FakeKaggleRuns.TOKEN);

        RunHandle handle = runtime.submit(request(null, true));
        TrainingRun run = monitor.trained(JOB, new RunStage.Submitted(runtime, handle, 3600), LIMIT);

        assertThat(kaggle.savedKernels()).hasSize(1);
        JsonNode kernel = kaggle.savedKernels().get(0);
        assertThat(kernel.path("slug").asText()).isEqualTo("alice/mltrainer-b7k2m9qa");
        assertThat(kernel.path("newTitle").asText()).isEqualTo("mltrainer b7k2m9qa");
        assertThat(kernel.path("language").asText()).isEqualTo("python");
        assertThat(kernel.path("kernelType").asText()).isEqualTo("script");
        assertThat(kernel.path("isPrivate").asBoolean()).isTrue();
        assertThat(kernel.path("enableInternet").asBoolean()).isTrue();
        assertThat(kernel.path("enableGpu").asBoolean()).isTrue();
        assertThat(kernel.path("machineShape").asText()).isEqualTo("NvidiaTeslaT4");
        assertThat(kernel.path("text").asText()).isEqualTo("print('training')\n");
        assertThat(kernel.path("datasetDataSources").get(0).asText()).isEqualTo("alice/mltrainer-b7k2m9qa-data");
        assertThat(kaggle.createdDatasets())
                .singleElement()
                .satisfies(d -> assertThat(d.path("isPrivate").asBoolean()).isTrue());
        assertThat(kaggle.uploads()).singleElement().isEqualTo(Files.readAllBytes(data));
        assertThat(handle.remoteId()).isEqualTo("alice/mltrainer-b7k2m9qa");
        assertThat(handle.url()).isEqualTo("https://www.kaggle.com/code/alice/mltrainer-b7k2m9qa");
        assertThat(run.metrics()).containsEntry("accuracy", 0.93).containsEntry("f1_macro", 0.92);
        assertThat(run.labels()).containsExactly("ham", "spam");
        assertThat(run.handle().gpuSeconds()).isNotNull();
        Path output = Path.of(run.outputDir());
        assertThat(output.resolve("model/config.json")).exists();
        assertThat(output.getParent().resolve("__notebook__.ipynb")).exists();
        assertThat(output.getParent().getParent().resolve("escape.txt")).doesNotExist();
        assertThat(kaggle.storageAuthorizations()).containsOnly("null");
        assertThat(monitor.progress(JOB))
                .extracting(JobEvent.TrainingProgress::step)
                .containsSubsequence(1, 2);
    }

    @Test
    void a_cpu_plan_pushes_without_a_gpu_and_reports_no_gpu_time() {
        KaggleRuntime runtime = runtime(FakeKaggleRuns.TOKEN);

        RunHandle handle = runtime.submit(request(null, false));
        TrainingRun run = monitor.trained(JOB, new RunStage.Submitted(runtime, handle, 3600), LIMIT);

        assertThat(kaggle.savedKernels().get(0).path("enableGpu").asBoolean()).isFalse();
        assertThat(run.handle().gpuSeconds()).isNull();
    }

    @Test
    void a_failed_notebook_fails_with_kaggles_message_and_the_last_lines_of_its_log() {
        kaggle.playing(FakeKaggleRuns.Script.failing());
        KaggleRuntime runtime = runtime(FakeKaggleRuns.TOKEN);

        RunHandle handle = runtime.submit(request(null, true));
        RunMonitor.Outcome outcome = monitor.follow(JOB, new RunStage.Submitted(runtime, handle, 3600), LIMIT);

        assertThat(outcome).isInstanceOfSatisfying(RunMonitor.Outcome.Failed.class, failed -> {
            assertThat(failed.kind()).isEqualTo(FailureKind.RUN_FAILED);
            assertThat(failed.reason())
                    .contains("more memory than is available")
                    .contains("MemoryError: Unable to allocate 12.0 GiB")
                    .contains("https://www.kaggle.com/code/alice/mltrainer-b7k2m9qa");
        });
    }

    @Test
    void a_handle_from_an_earlier_attempt_is_followed_again_without_a_second_push() {
        KaggleRuntime first = runtime(FakeKaggleRuns.TOKEN);
        RunHandle handle = first.submit(request(null, true));

        KaggleRuntime afterRestart = runtime(FakeKaggleRuns.TOKEN);
        RunHandle again = afterRestart.submit(request(handle, true));
        TrainingRun run = monitor.trained(JOB, new RunStage.Submitted(afterRestart, again, 3600), LIMIT);

        assertThat(again).isEqualTo(handle);
        assertThat(kaggle.savedKernels()).hasSize(1);
        assertThat(kaggle.createdDatasets()).hasSize(1);
        assertThat(run.metrics()).containsEntry("accuracy", 0.93);
    }

    @Test
    void a_run_pushed_by_another_process_is_followed_with_the_credentials_its_build_was_given() {
        InMemorySecretVault vault = new InMemorySecretVault();
        InMemoryJobRepository builds = new InMemoryJobRepository();
        SecretRef token = vault.store(OWNER, SecretKind.KAGGLE_TOKEN, FakeKaggleRuns.TOKEN);
        Credentials given = new Credentials(null, token, null, null, null, null, null);
        BuildRequest asked = new BuildRequest(
                "classify emails",
                null,
                null,
                null,
                null,
                new IntakeResult(RuntimeSpec.LOCAL, DeploymentSpec.LOCAL, given));
        Instant now = Instant.now();
        builds.create(new Job(
                JOB, OWNER, ThreadKey.terminal("s1"), JobStatus.AWAITING_RUN, JobContext.of(asked), 0, null, now, now));
        RunHandle handle = runtime(null, vault, builds).submit(request(null, true, given));

        // another replica, without credentials of its own, takes the build over: it follows the run, never submits
        KaggleRuntime takingOver = runtime(null, vault, builds);
        TrainingRun run = monitor.trained(JOB, new RunStage.Submitted(takingOver, handle, 3600), LIMIT);

        assertThat(run.metrics()).containsEntry("accuracy", 0.93);
        assertThat(kaggle.savedKernels()).hasSize(1);
    }

    @Test
    void a_session_that_kaggle_preempts_and_restarts_is_followed_to_its_end() {
        kaggle.playing(FakeKaggleRuns.Script.preempted());
        KaggleRuntime runtime = runtime(FakeKaggleRuns.TOKEN);

        RunHandle handle = runtime.submit(request(null, true));
        TrainingRun run = monitor.trained(JOB, new RunStage.Submitted(runtime, handle, 3600), LIMIT);

        assertThat(run.metrics()).containsEntry("accuracy", 0.93);
        assertThat(monitor.progress(JOB))
                .extracting(JobEvent.TrainingProgress::step)
                .as("the restarted session's epochs are shown again")
                .containsSubsequence(1, 1, 2);
    }

    @Test
    void unreachable_status_is_asked_again_with_the_retry_budget() {
        kaggle.failingStatus(2);
        KaggleRuntime runtime = runtime(FakeKaggleRuns.TOKEN);

        RunHandle handle = runtime.submit(request(null, true));
        TrainingRun run = monitor.trained(JOB, new RunStage.Submitted(runtime, handle, 3600), LIMIT);

        assertThat(run.metrics()).containsEntry("accuracy", 0.93);
    }

    @Test
    void status_errors_beyond_the_budget_fail_the_run_with_the_reason() {
        kaggle.failingStatus(100);
        KaggleRuntime runtime = runtime(FakeKaggleRuns.TOKEN);
        try (RunToEnd strict = new RunToEnd(RetryPolicy.of(3, 0.001, 1, 0.001))) {
            RunHandle handle = runtime.submit(request(null, true));

            RunMonitor.Outcome outcome = strict.follow(JOB, new RunStage.Submitted(runtime, handle, 3600), LIMIT);

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            RunMonitor.Outcome.Failed.class,
                            failed -> assertThat(failed.reason())
                                    .contains("could not follow the run on kaggle (3 tries)")
                                    .contains("503"));
        }
    }

    @Test
    void cancel_stops_following_and_says_where_to_stop_the_notebook() {
        kaggle.playing(FakeKaggleRuns.Script.runningUntilReleased());
        KaggleRuntime runtime = runtime(FakeKaggleRuns.TOKEN);
        RunHandle handle = runtime.submit(request(null, true));
        monitor.monitor().follow(JOB, runtime, handle, 3600);

        var note = monitor.monitor().cancel(JOB);

        assertThat(monitor.monitor().isFollowing(JOB)).isFalse();
        assertThat(note)
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("https://www.kaggle.com/code/alice/mltrainer-b7k2m9qa")
                        .contains("Stop session"));
    }

    @Test
    void a_kaggle_dataset_is_attached_as_it_is_and_nothing_is_uploaded() {
        KaggleRuntime runtime = runtime(FakeKaggleRuns.TOKEN);
        DataSource kaggleData = new DataSource(
                DatasetSourceKind.KAGGLE,
                "uciml/iris",
                DataFormat.CSV,
                "Iris.csv",
                null,
                null,
                null,
                null,
                false,
                null);

        runtime.submit(new RunRequest(JOB, "tester", null, code(), "uciml/iris", kaggleData, "T4", 600, null));

        assertThat(kaggle.savedKernels()
                        .get(0)
                        .path("datasetDataSources")
                        .get(0)
                        .asText())
                .isEqualTo("uciml/iris");
        assertThat(kaggle.uploads()).isEmpty();
    }

    @Test
    void a_push_refused_inside_a_200_says_what_kaggle_said() {
        KaggleRuntime runtime = runtime(FakeKaggleRuns.TOKEN);
        DataSource unknown = new DataSource(
                DatasetSourceKind.KAGGLE, "alice/not-there", DataFormat.CSV, null, null, null, null, null, false, null);

        assertThatThrownBy(() -> runtime.submit(
                        new RunRequest(JOB, "tester", null, code(), "alice/not-there", unknown, "T4", 600, null)))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT))
                .hasMessageContaining("Kaggle refused the notebook alice/mltrainer-b7k2m9qa")
                .hasMessageContaining("invalidDatasetSources")
                .hasMessageContaining("alice/not-there");
    }

    @Test
    void without_credentials_it_says_which_to_give() {
        KaggleRuntime runtime = runtime(null);

        assertThatThrownBy(() -> runtime.submit(request(null, true)))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION))
                .hasMessageContaining("KAGGLE_API_TOKEN")
                .hasMessageContaining("KAGGLE_USERNAME and KAGGLE_KEY");
        assertThat(kaggle.savedKernels()).isEmpty();
    }

    @Test
    void kaggle_status_names_are_read_in_any_case_and_with_the_worker_prefix() {
        assertThat(List.of("complete", "COMPLETE", "KERNEL_WORKER_STATUS_COMPLETE", "kernelWorkerStatusComplete"))
                .allSatisfy(s -> assertThat(KaggleKernels.normalised(s)).isEqualTo("complete"));
        assertThat(KaggleKernels.normalised("CANCEL_ACKNOWLEDGED")).isEqualTo("cancelacknowledged");
    }

    private KaggleRuntime runtime(String token) {
        return runtime(token, null, null);
    }

    private KaggleRuntime runtime(String token, SecretVault vault, JobRepository builds) {
        KaggleRpc rpc = new KaggleRpc(kaggle.url(), new OkHttpClient());
        return new KaggleRuntime(
                rpc,
                new KaggleDataStaging(rpc, 5, Duration.ofMillis(5)),
                new KaggleCredentials(vault, KaggleAuth.of(token, null, null).orElse(null), builds),
                new FileWorkspace(home),
                Clock.systemUTC(),
                Duration.ofMillis(10));
    }

    private RunRequest request(RunHandle previous, boolean gpu) {
        return request(previous, gpu, null);
    }

    private RunRequest request(RunHandle previous, boolean gpu, Credentials credentials) {
        DataSource local = new DataSource(
                DatasetSourceKind.LOCAL, data.toString(), DataFormat.CSV, null, null, null, null, null, false, null);
        return new RunRequest(
                JOB, OWNER, credentials, code(), data.toString(), local, gpu ? "T4" : "cpu", 600, previous);
    }

    private GeneratedCode code() {
        return new GeneratedCode(
                home.resolve("code").toString(),
                "train.py",
                List.of(new GeneratedFile("train.py", "print('training')\n")),
                RuntimeKind.KAGGLE);
    }
}
