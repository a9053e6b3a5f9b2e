package io.mltrainer.runtimes.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.port.out.Sandbox;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where no sandbox can be made, the reason says why and what to install. */
class SandboxesTest {
    @Test
    void none_configured_is_unconfined_and_says_so() {
        Sandbox sandbox = Sandboxes.detect("none", List.of());

        assertThat(sandbox.availability())
                .isInstanceOfSatisfying(
                        Sandbox.Availability.Unavailable.class,
                        u -> assertThat(u.reason()).contains("MLTRAINER_SANDBOX=none"));
    }

    @Test
    void a_missing_bwrap_is_unconfined_with_the_package_to_install() {
        Sandbox sandbox = Sandboxes.detect("/nonexistent/bwrap", List.of());

        assertThat(sandbox.availability())
                .isInstanceOfSatisfying(
                        Sandbox.Availability.Unavailable.class,
                        u -> assertThat(u.reason()).contains("not installed", "apt-get install bubblewrap"));
    }
}
