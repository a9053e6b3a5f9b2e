package io.mltrainer.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.StaleJobException;
import io.mltrainer.core.usecase.CancelBuild;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CancelBuildTest {
    private final PipelineFixture fixture = new PipelineFixture(TaskType.TABULAR_CLASSIFICATION);
    private final AtomicInteger saves = new AtomicInteger();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void a_checkpoint_between_read_and_write_cancels_the_newer_version() {
        Job queued = fixture.queue();
        CancelBuild cancel = cancelOver(workerCheckpointsBefore(1));

        Job cancelled = cancel.cancel(queued.id());

        assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(saves).hasValue(2);
        assertThat(fixture.jobs.find(queued.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void gives_up_after_a_bounded_number_of_stale_versions() {
        Job queued = fixture.queue();
        CancelBuild cancel = cancelOver(workerCheckpointsBefore(Integer.MAX_VALUE));

        assertThatThrownBy(() -> cancel.cancel(queued.id())).isInstanceOf(StaleJobException.class);

        assertThat(saves).hasValue(21);
        assertThat(fixture.jobs.find(queued.id()).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
    }

    private CancelBuild cancelOver(JobRepository store) {
        return new CancelBuild(store, fixture.events, fixture.orchestrator, fixture.workers, fixture.clock);
    }

    /** The real store, where the first {@code times} saves meet a worker that checkpointed just before them. */
    private JobRepository workerCheckpointsBefore(int times) {
        return (JobRepository) Proxy.newProxyInstance(
                JobRepository.class.getClassLoader(), new Class<?>[] {JobRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("save") && saves.incrementAndGet() <= times) {
                        Job read = (Job) args[0];
                        fixture.jobs.save(fixture.jobs.find(read.id()).orElseThrow());
                    }
                    try {
                        return method.invoke(fixture.jobs, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
