package io.mltrainer.runtimes.modal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.agents.codegen.Templates;
import io.mltrainer.core.agents.codegen.TrainingCode;
import io.mltrainer.core.agents.codegen.TrainingSpec;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.port.out.RunRequest;
import io.mltrainer.core.port.out.RunStatus;
import io.mltrainer.core.testing.FakeModal;
import io.mltrainer.core.testing.InMemoryJobRepository;
import io.mltrainer.core.testing.InMemorySecretVault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The Modal runtime against a fake `modal` executable: launch, follow, collect, fail, cancel, restart. */
@DisabledOnOs(OS.WINDOWS)
class ModalRuntimeTest {
    private static final JobId JOB = new JobId("k7q2mxa4");
    private static final String FOLDER = "builds/k7q2mxa4/modal-1/output";

    @TempDir
    Path home;

    @TempDir
    Path fakeDir;

    private FakeModal modal;
    private ModalRuntime runtime;

    @BeforeEach
    void aFakeModal() {
        modal = new FakeModal(fakeDir);
        runtime = runtime(Map.of("MODAL_TOKEN_ID", FakeModal.TOKEN_ID, "MODAL_TOKEN_SECRET", FakeModal.TOKEN_SECRET));
    }

    private ModalRuntime runtime(Map<String, String> env) {
        ModalCli cli = new ModalCli(
                modal.executable(),
                modal.executable(),
                new ModalCli.Limits(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30)));
        ModalTokens tokens = new ModalTokens(new InMemoryJobRepository(), new InMemorySecretVault(), env);
        return new ModalRuntime(cli, home, tokens, Clock.systemUTC(), Duration.ofSeconds(1));
    }

    private GeneratedCode code(TaskType task, String library, String backbone, String accelerator) {
        TrainingSpec spec = new TrainingSpec(
                task,
                RuntimeKind.MODAL,
                accelerator,
                TrainingSpec.Data.local("/data/emails.csv", DataFormat.CSV),
                new TrainingSpec.Columns("label", "text", null, "label", null, null, null, null, null, null, null),
                new TrainingSpec.Model(library, List.of(new ModelCandidate("linear", Map.of())), backbone),
                TrainingSpec.Training.DEFAULTS,
                List.of("f1_macro", "accuracy"),
                42);
        List<GeneratedFile> files = new TrainingCode(new Templates()).render(spec);
        Path directory = home.resolve("jobs").resolve(JOB.value()).resolve("code");
        try {
            Files.createDirectories(directory);
            for (GeneratedFile file : files) {
                Files.writeString(directory.resolve(file.path()), file.content());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new GeneratedCode(directory.toString(), TrainingCode.ENTRYPOINT, files, RuntimeKind.MODAL);
    }

    private GeneratedCode fineTuning() {
        return code(TaskType.TEXT_CLASSIFICATION, "transformers", "distilbert-base-uncased", "A10G");
    }

    private RunRequest request(GeneratedCode code, RunHandle previous) {
        return new RunRequest(JOB, "alice", null, code, null, null, "A10G", 3600, previous);
    }

    private RunHandle launched() {
        return runtime.submit(request(fineTuning(), null));
    }

    private void outputsOnTheVolume() {
        modal.volumeFile(FOLDER, "metrics.json", "{\"accuracy\": 0.93, \"f1_macro\": 0.91}");
        modal.volumeFile(FOLDER, "model_info.json", "{\"labels\": [\"ham\", \"spam\"]}");
        modal.volumeFile(FOLDER + "/model", "config.json", "{}");
    }

    @Test
    void a_run_is_launched_detached_in_the_code_folder_and_its_ids_kept() throws IOException {
        RunHandle handle = launched();

        assertThat(handle.runtime()).isEqualTo("modal");
        assertThat(handle.runId()).isEqualTo("modal-1");
        assertThat(handle.remoteId()).isEqualTo("fc-CCCCCCCCCCCCCCCCCCCCC1");
        assertThat(handle.appId()).isEqualTo("ap-AAAAAAAAAAAAAAAAAAAAA1");
        assertThat(handle.url()).isEqualTo("https://modal.com/apps/ap-AAAAAAAAAAAAAAAAAAAAA1");
        assertThat(handle.machine()).isEqualTo("A10G");
        assertThat(handle.launchedAt()).isNotNull();
        assertThat(handle.outputDir())
                .isEqualTo(home.resolve("jobs/k7q2mxa4/runs/modal-1/output").toString());
        assertThat(modal.calls()).containsExactly("run --detach modal_app.py --no-wait --run-folder " + FOLDER);
        assertThat(modal.launchDirectory())
                .isEqualTo(home.resolve("jobs/k7q2mxa4/code").toRealPath().toString());
    }

    @Test
    void cpu_only_code_runs_without_a_gpu() {
        GeneratedCode tabular = code(TaskType.TABULAR_CLASSIFICATION, "sklearn", null, "T4");

        RunHandle handle = runtime.submit(request(tabular, null));

        assertThat(handle.machine()).isNull();
        assertThat(tabular.files().stream().filter(f -> f.path().equals("modal_app.py")))
                .singleElement()
                .satisfies(f -> assertThat(f.content()).containsPattern("(?m)^GPU = None$"));
    }

    @Test
    void a_successful_run_reports_its_progress_once_and_its_outputs_are_collected() {
        RunHandle handle = launched();
        modal.logs("Building image im-123", "MLTRAINER {\"event\":\"progress\",\"phase\":\"train\",\"step\":10}");
        RunStatus first = runtime.poll(handle, 0);
        modal.logs(
                "Building image im-123",
                "MLTRAINER {\"event\":\"progress\",\"phase\":\"train\",\"step\":10}",
                "MLTRAINER {\"event\":\"metrics\",\"metrics\":{\"accuracy\":0.93}}");
        modal.state("{\"state\": \"succeeded\"}");
        outputsOnTheVolume();

        RunStatus second = runtime.poll(handle, first.cursor());
        TrainingRun run = runtime.collect(handle);

        assertThat(first).isInstanceOf(RunStatus.Running.class);
        assertThat(first.lines()).hasSize(2);
        assertThat(second).isInstanceOf(RunStatus.Succeeded.class);
        assertThat(second.lines()).containsExactly("MLTRAINER {\"event\":\"metrics\",\"metrics\":{\"accuracy\":0.93}}");
        assertThat(run.metrics()).containsEntry("accuracy", 0.93).containsEntry("f1_macro", 0.91);
        assertThat(run.labels()).containsExactly("ham", "spam");
        assertThat(run.outputDir()).isEqualTo(handle.outputDir());
        assertThat(Path.of(handle.outputDir(), "model", "config.json")).exists();
        assertThat(run.handle()).isEqualTo(handle);
        assertThat(modal.calls())
                .contains("volume get --force mltrainer-outputs /" + FOLDER + " "
                        + home.resolve("jobs/k7q2mxa4/runs/modal-1"));
    }

    @Test
    void a_remote_failure_carries_modals_error_and_the_last_log_lines() {
        RunHandle handle = launched();
        modal.logs(
                "MLTRAINER {\"event\":\"progress\",\"phase\":\"load\",\"step\":1}",
                "Traceback (most recent call last):",
                "  File \"/root/train.py\", line 80, in main",
                "KeyError: 'label'",
                "MLTRAINER {\"event\":\"error\",\"message\":\"KeyError: 'label'\"}");
        modal.state("{\"state\": \"failed\", \"error\": \"SystemExit: 1\"}");

        RunStatus status = runtime.poll(handle, 0);

        assertThat(status).isInstanceOfSatisfying(RunStatus.Failed.class, failed -> {
            assertThat(failed.kind()).isEqualTo(FailureKind.RUN_FAILED);
            assertThat(failed.error()).contains("SystemExit: 1").contains("https://modal.com/apps/ap-");
            assertThat(failed.lastLines())
                    .containsExactly(
                            "Traceback (most recent call last):",
                            "File \"/root/train.py\", line 80, in main",
                            "KeyError: 'label'");
            assertThat(failed.lines()).hasSize(5);
        });
    }

    @Test
    void a_run_that_reached_modals_timeout_failed_for_time() {
        RunHandle handle = launched();
        modal.state("{\"state\": \"failed\", \"error\": \"the function reached its timeout: 4200 s\"}");

        assertThat(runtime.poll(handle, 0))
                .isInstanceOfSatisfying(
                        RunStatus.Failed.class, f -> assertThat(f.kind()).isEqualTo(FailureKind.TIME_LIMIT));
    }

    @Test
    void a_run_that_left_no_metrics_fails_at_collection_with_where_to_look() {
        RunHandle handle = launched();
        modal.volumeFile(FOLDER, "checkpoint-10/trainer_state.json", "{}");

        assertThatThrownBy(() -> runtime.collect(handle))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.RUN_FAILED))
                .hasMessageContaining("without writing metrics.json")
                .hasMessageContaining(FOLDER);
    }

    @Test
    void a_launch_modal_refuses_fails_with_its_words() {
        modal.failLaunch(1, "Error: Image build for im-abc failed. See build logs for more details.");

        assertThatThrownBy(this::launched)
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.RUN_FAILED))
                .hasMessageContaining("Modal did not start the run")
                .hasMessageContaining("Image build for im-abc failed");
    }

    @Test
    void a_refused_token_is_the_users_to_fix_and_is_never_repeated() {
        modal.failLaunch(1, "Token validation failed for " + FakeModal.TOKEN_ID + ": invalid token");

        assertThatThrownBy(this::launched)
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT))
                .hasMessageContaining("Modal refused the token")
                .hasMessageNotContaining(FakeModal.TOKEN_ID);
    }

    @Test
    void an_unreachable_modal_is_worth_retrying() {
        modal.failLaunch(1, "ConnectionError: Could not connect to the Modal server.");

        assertThatThrownBy(this::launched)
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT));
    }

    @Test
    void cancel_cancels_the_call_and_stops_the_app() {
        RunHandle handle = launched();

        String said = runtime.cancel(handle);

        assertThat(said).isNull();
        assertThat(modal.calls())
                .anySatisfy(c -> assertThat(c).endsWith("modal_call.py cancel fc-CCCCCCCCCCCCCCCCCCCCC1"))
                .contains("app stop --yes ap-AAAAAAAAAAAAAAAAAAAAA1");
    }

    @Test
    void a_stop_modal_does_not_confirm_says_where_to_stop_it_by_hand() {
        RunHandle handle = launched();
        modal.failStop("Error: could not stop the app: permission denied");

        assertThat(runtime.cancel(handle))
                .contains("permission denied")
                .contains("https://modal.com/apps/ap-AAAAAAAAAAAAAAAAAAAAA1")
                .contains("modal app stop ap-AAAAAAAAAAAAAAAAAAAAA1");
    }

    @Test
    void a_run_stopped_outside_mltrainer_fails_and_says_so() {
        RunHandle handle = launched();
        modal.state("{\"state\": \"cancelled\"}");

        assertThat(runtime.poll(handle, 0))
                .isInstanceOfSatisfying(
                        RunStatus.Failed.class, f -> assertThat(f.error()).contains("stopped outside mltrainer"));
    }

    @Test
    void after_a_restart_a_running_run_is_followed_again_never_launched_twice() {
        RunHandle handle = launched();
        ModalRuntime restarted = runtime(Map.of());

        RunHandle again = restarted.submit(request(fineTuning(), handle));

        assertThat(again.remoteId()).isEqualTo(handle.remoteId());
        assertThat(again.appId()).isEqualTo(handle.appId());
        assertThat(modal.launches()).isEqualTo(1);
    }

    @Test
    void a_launch_nobody_recorded_is_adopted_instead_of_launched_again() {
        launched(); // mltrainer died before the handle was checkpointed

        RunHandle adopted = runtime(Map.of()).submit(request(fineTuning(), null));

        assertThat(adopted.remoteId()).isEqualTo("fc-CCCCCCCCCCCCCCCCCCCCC1");
        assertThat(modal.launches()).isEqualTo(1);
    }

    @Test
    void a_failed_run_handed_over_is_launched_anew_in_a_new_folder() {
        RunHandle failed = launched();
        modal.state("{\"state\": \"failed\", \"error\": \"OOM\"}");

        RunHandle retried = runtime.submit(request(fineTuning(), failed));

        assertThat(modal.launches()).isEqualTo(2);
        assertThat(retried.remoteId()).isEqualTo("fc-CCCCCCCCCCCCCCCCCCCCC2");
        assertThat(retried.runId()).isEqualTo("modal-2");
        assertThat(modal.calls()).last().asString().endsWith("--run-folder builds/k7q2mxa4/modal-2/output");
    }

    @Test
    void the_token_reaches_each_cli_call_through_its_environment_only() throws IOException {
        RunHandle handle = launched();
        runtime.poll(handle, 0);

        assertThat(modal.environments())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e).isEqualTo(FakeModal.TOKEN_ID + " " + FakeModal.TOKEN_SECRET));
        assertThat(modal.calls()).noneSatisfy(c -> assertThat(c).contains(FakeModal.TOKEN_SECRET));
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(FakeModal.TOKEN_SECRET);
            }
        }
    }

    @Test
    void without_a_token_the_cli_uses_its_own_profile() {
        runtime(Map.of()).submit(request(fineTuning(), null));

        assertThat(modal.environments()).containsOnly("none none");
    }

    @Test
    void code_for_another_runtime_is_refused() {
        GeneratedCode local = new GeneratedCode(home.toString(), "train.py", List.of(), RuntimeKind.LOCAL);

        assertThatThrownBy(() -> runtime.submit(request(local, null)))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT))
                .hasMessageContaining("--runtime modal");
        assertThat(modal.calls()).isEmpty();
    }
}
