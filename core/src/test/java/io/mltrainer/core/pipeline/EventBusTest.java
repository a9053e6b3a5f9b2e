package io.mltrainer.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.testing.FakeCredentials;
import io.mltrainer.core.testing.InMemoryJobEventLog;
import io.mltrainer.core.testing.Jobs;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EventBusTest {
    private static final JobId JOB = new JobId("job-1");
    private static final JobEvent LEAKY = new JobEvent.Notice("uploading with " + FakeCredentials.HF.value());

    private final InMemoryJobEventLog log = new InMemoryJobEventLog();
    private final Clock clock = Clock.fixed(Jobs.CREATED, ZoneOffset.UTC);

    @Test
    void masks_secrets_before_the_log_and_the_listeners_see_an_event() {
        EventBus bus = new EventBus(log, clock);
        List<EventRecord> heard = new ArrayList<>();
        bus.subscribe(heard::add);

        bus.publish(JOB, LEAKY);

        JobEvent masked = new JobEvent.Notice("uploading with [redacted hf_token]");
        assertThat(log.list(JOB)).extracting(EventRecord::event).containsExactly(masked);
        assertThat(heard).extracting(EventRecord::event).containsExactly(masked);
    }

    @Test
    void uses_the_masker_it_is_given() {
        EventBus bus = new EventBus(log, clock, UnaryOperator.identity());

        bus.publish(JOB, LEAKY);

        assertThat(log.list(JOB)).extracting(EventRecord::event).containsExactly(LEAKY);
    }
}
