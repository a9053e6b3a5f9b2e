package io.mltrainer.core.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.FailureKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunStatusTest {
    private final List<String> log = List.of("one", "two", "three");

    @Test
    void a_poll_hands_over_the_lines_written_since_its_cursor_and_the_next_cursor() {
        RunStatus status = RunStatus.running(log, 1);

        assertThat(status).isInstanceOf(RunStatus.Running.class);
        assertThat(status.lines()).containsExactly("two", "three");
        assertThat(status.cursor()).isEqualTo(3);
    }

    @Test
    void a_log_shorter_than_the_cursor_was_written_anew_and_is_followed_from_its_start() {
        RunStatus status = RunStatus.succeeded(log, 7);

        assertThat(status.lines()).containsExactly("one", "two", "three");
        assertThat(status.cursor()).isEqualTo(3);
    }

    @Test
    void a_failed_run_keeps_its_error_and_last_lines_beside_the_new_ones() {
        RunStatus status = RunStatus.failed(FailureKind.RUN_FAILED, "boom", log, 3, List.of("three"));

        assertThat(status).isInstanceOfSatisfying(RunStatus.Failed.class, failed -> {
            assertThat(failed.error()).isEqualTo("boom");
            assertThat(failed.lines()).isEmpty();
            assertThat(failed.lastLines()).containsExactly("three");
        });
    }
}
