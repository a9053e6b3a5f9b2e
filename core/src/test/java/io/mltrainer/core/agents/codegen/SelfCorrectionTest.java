package io.mltrainer.core.agents.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.pipeline.Agents;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.pipeline.Orchestrator;
import io.mltrainer.core.pipeline.OrchestratorSettings;
import io.mltrainer.core.pipeline.RetryPolicies;
import io.mltrainer.core.pipeline.RetryPolicy;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.SmokeRunner;
import io.mltrainer.core.port.out.Workers;
import io.mltrainer.core.testing.InMemoryJobEventLog;
import io.mltrainer.core.testing.InMemoryJobRepository;
import io.mltrainer.core.testing.PythonChecker;
import io.mltrainer.core.usecase.StartBuild;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In a real pipeline: the first generated script fails its check, the orchestrator retries, the next attempt
 * receives the error, and the corrected script passes.
 */
class SelfCorrectionTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(1);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        pool.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void the_next_attempt_receives_the_failed_check_and_succeeds() {
        FakeChatModel model = FakeChatModel.thatRewrites(FakeChatModel::broken, FakeChatModel::adapted);

        Job job = build(model);

        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.context().stageState(Stage.CODEGEN).attempts()).isEqualTo(2);
        assertThat(model.prompts).hasSize(2);
        assertThat(model.prompts.get(0)).doesNotContain("failed its check");
        assertThat(model.prompts.get(1))
                .contains("Your previous version of the script failed its check")
                .contains("invalid syntax");
        assertThat(job.context().code().file("train.py").orElseThrow().content())
                .contains("# adapted to the request")
                .doesNotContain("def adapted(");
    }

    private Job build(FakeChatModel model) {
        InMemoryJobRepository jobs = new InMemoryJobRepository();
        Clock clock = Clock.systemUTC();
        List<StageAgent> agents = new ArrayList<>();
        JobContext planned = CodegenAgentTest.planned();
        for (Stage stage : List.of(Stage.INTENT, Stage.DATASET, Stage.PREPROCESS, Stage.CONFIG, Stage.ARCHITECTURE)) {
            agents.add(given(stage, planned.result(stage).orElseThrow()));
        }
        agents.add(new CodegenAgent(
                new Templates(), (id, files) -> "/work/" + id, new PythonChecker(), SmokeRunner.NONE, model));
        Orchestrator orchestrator = new Orchestrator(
                jobs,
                new EventBus(new InMemoryJobEventLog(), clock),
                new Agents(agents),
                RetryPolicies.uniform(RetryPolicy.of(3, 0.001, 1, 0.001)),
                clock,
                new Workers() {
                    @Override
                    public String self() {
                        return "test-worker";
                    }

                    @Override
                    public boolean isAlive(String owner) {
                        return owner.equals("test-worker");
                    }
                },
                pool,
                scheduler,
                new OrchestratorSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMillis(1)));
        BuildRequest request = new BuildRequest("predict churn, with 10-fold CV", null, null, null, Stage.CODEGEN);
        Job job = new StartBuild(jobs, orchestrator, () -> new JobId("job-1"), clock)
                .create("alice", ThreadKey.terminal("t1"), request);
        return orchestrator.execute(job.id());
    }

    /** An agent whose stage result is known in advance. */
    private static StageAgent given(Stage stage, StageResult result) {
        return new StageAgent() {
            @Override
            public Stage stage() {
                return stage;
            }

            @Override
            public StageResult run(StageInput input) {
                return result;
            }
        };
    }
}
