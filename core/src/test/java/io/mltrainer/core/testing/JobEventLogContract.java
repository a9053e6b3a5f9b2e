package io.mltrainer.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.out.JobEventLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link JobEventLog} does; each implementation's test extends this. */
public abstract class JobEventLogContract {
    private static final Instant T0 = Jobs.CREATED;

    private JobEventLog log;

    /** A new, empty log, one per test. */
    protected abstract JobEventLog newEventLog();

    /**
     * A build whose events the test appends. A log that ties events to stored builds (a foreign key) stores one
     * here; the default only makes the id.
     */
    protected JobId storedJob(String id) {
        return new JobId(id);
    }

    @BeforeEach
    void createLog() {
        log = newEventLog();
    }

    @Test
    void numbers_each_jobs_events_from_one_independently() {
        JobId a = storedJob("job-a");
        JobId b = storedJob("job-b");

        long a1 = log.append(a, notice("a1"), T0).seq();
        long b1 = log.append(b, notice("b1"), T0).seq();
        long a2 = log.append(a, notice("a2"), T0).seq();
        long a3 = log.append(a, notice("a3"), T0).seq();
        long b2 = log.append(b, notice("b2"), T0).seq();

        assertThat(List.of(a1, a2, a3)).containsExactly(1L, 2L, 3L);
        assertThat(List.of(b1, b2)).containsExactly(1L, 2L);
    }

    @Test
    void append_returns_the_record_as_stored() {
        JobId job = storedJob("job-a");
        log.append(job, notice("first"), T0);

        EventRecord appended = log.append(job, notice("second"), T0.plusMillis(1500));

        assertThat(appended).isEqualTo(new EventRecord(job, 2, T0.plusMillis(1500), notice("second")));
        assertThat(log.list(job)).last().isEqualTo(appended);
    }

    @Test
    void lists_a_jobs_events_in_the_order_they_were_appended() {
        JobId job = storedJob("job-a");
        JobId other = storedJob("job-b");
        for (int i = 1; i <= 4; i++) {
            log.append(job, notice("event " + i), T0.plusSeconds(i));
            log.append(other, notice("other " + i), T0.plusSeconds(i));
        }

        List<EventRecord> listed = log.list(job);

        assertThat(listed).extracting(EventRecord::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(listed)
                .extracting(EventRecord::event)
                .containsExactly(notice("event 1"), notice("event 2"), notice("event 3"), notice("event 4"));
        assertThat(listed).extracting(EventRecord::at).containsExactly(times(1, 4));
        assertThat(listed).extracting(EventRecord::jobId).containsOnly(job);
    }

    @Test
    void lists_nothing_for_a_job_without_events() {
        log.append(storedJob("job-a"), notice("a1"), T0);

        assertThat(log.list(storedJob("job-quiet"))).isEmpty();
        assertThat(log.tail(storedJob("job-quiet"), 5)).isEmpty();
    }

    @Test
    void tail_returns_the_last_events_oldest_first() {
        JobId job = storedJob("job-a");
        for (int i = 1; i <= 6; i++) {
            log.append(job, notice("event " + i), T0.plusSeconds(i));
        }

        List<EventRecord> tail = log.tail(job, 3);

        assertThat(tail).extracting(EventRecord::seq).containsExactly(4L, 5L, 6L);
        assertThat(tail)
                .extracting(EventRecord::event)
                .containsExactly(notice("event 4"), notice("event 5"), notice("event 6"));
    }

    @Test
    void tail_of_more_than_there_are_returns_them_all() {
        JobId job = storedJob("job-a");
        log.append(job, notice("one"), T0);
        log.append(job, notice("two"), T0);

        assertThat(log.tail(job, 10)).extracting(EventRecord::seq).containsExactly(1L, 2L);
    }

    @ParameterizedTest
    @MethodSource("io.mltrainer.core.testing.Events#everyKind")
    void every_kind_of_event_round_trips(JobEvent event) {
        JobId job = storedJob("job-a");

        log.append(job, event, T0);

        assertThat(log.list(job)).singleElement().extracting(EventRecord::event).isEqualTo(event);
    }

    @Test
    void the_examples_cover_every_kind_of_event() {
        assertThat(Events.everyKind().stream().map(Object::getClass).toList())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(JobEvent.class.getPermittedSubclasses()));
    }

    @Test
    void concurrent_appends_to_one_job_get_distinct_consecutive_numbers() throws Exception {
        JobId job = storedJob("job-a");
        int writers = 4;
        int eventsEach = 10;
        List<Callable<List<Long>>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            tasks.add(() -> IntStream.range(0, eventsEach)
                    .mapToObj(i -> log.append(job, notice(writer + "-" + i), T0).seq())
                    .toList());
        }

        List<Long> seqs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (Future<List<Long>> result : pool.invokeAll(tasks)) {
                seqs.addAll(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        long total = (long) writers * eventsEach;
        assertThat(seqs)
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(log.list(job))
                .extracting(EventRecord::seq)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, total).boxed().toList());
    }

    private static JobEvent notice(String message) {
        return new JobEvent.Notice(message);
    }

    private static Instant[] times(int fromSecond, int toSecond) {
        return IntStream.rangeClosed(fromSecond, toSecond)
                .mapToObj(T0::plusSeconds)
                .toArray(Instant[]::new);
    }
}
