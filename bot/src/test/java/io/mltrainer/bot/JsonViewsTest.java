package io.mltrainer.bot;

import static io.mltrainer.core.testing.Jobs.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.testing.Jobs;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonViewsTest {
    private static final Instant NOW = Jobs.CREATED.plusSeconds(10);

    @Test
    void show_names_the_replica_holding_the_build_and_until_when() {
        Job running = aJob().withStatus(JobStatus.RUNNING)
                .leasedTo("host-b:4242", NOW.plusSeconds(20))
                .build();

        ObjectNode shown = JsonViews.detail(running, List.of(), NOW);

        assertThat(shown.get("lease_holder").asText()).isEqualTo("host-b:4242");
        assertThat(shown.get("lease_expires_at").asText())
                .isEqualTo(NOW.plusSeconds(20).toString());
    }

    @Test
    void show_names_no_replica_once_the_lease_ran_out() {
        Job abandoned = aJob().withStatus(JobStatus.AWAITING_RUN)
                .leasedTo("host-a:1", NOW.minusSeconds(1))
                .build();

        ObjectNode shown = JsonViews.detail(abandoned, List.of(), NOW);

        assertThat(shown.get("lease_holder").isNull()).isTrue();
        assertThat(shown.get("lease_expires_at").isNull()).isTrue();
    }
}
