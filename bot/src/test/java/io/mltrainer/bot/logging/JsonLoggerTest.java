package io.mltrainer.bot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.testing.FakeCredentials;
import io.mltrainer.core.testing.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.event.Level;

class JsonLoggerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final JsonLoggers loggers =
            new JsonLoggers(Level.WARN, () -> out, new MutableClock(Instant.parse("2026-12-01T10:00:00Z")));

    @Test
    void each_log_line_is_one_json_object_with_the_secret_masked() throws Exception {
        String secret = FakeCredentials.HF.value();
        Logger log = loggers.getLogger("io.mltrainer.test");

        log.warn("upload with token {} failed", secret);
        log.error("boom", new IllegalStateException("refused " + secret));
        log.info("not shown at warn");

        assertThat(text()).doesNotContain(secret);
        assertThat(lines()).hasSize(2);
        JsonNode warn = JSON.readTree(lines().get(0));
        assertThat(warn.get("timestamp").asText()).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(warn.get("level").asText()).isEqualTo("WARN");
        assertThat(warn.get("logger").asText()).isEqualTo("io.mltrainer.test");
        assertThat(warn.get("thread").asText()).isEqualTo(Thread.currentThread().getName());
        assertThat(warn.get("message").asText())
                .startsWith("upload with token ")
                .endsWith(" failed");
        assertThat(warn.has("exception")).isFalse();
        JsonNode error = JSON.readTree(lines().get(1));
        assertThat(error.get("level").asText()).isEqualTo("ERROR");
        assertThat(error.get("exception").asText())
                .startsWith("java.lang.IllegalStateException: refused ")
                .contains("at io.mltrainer.bot.logging.JsonLoggerTest");
    }

    @Test
    void the_level_comes_from_mltrainer_log_level_and_defaults_to_warn() {
        assertThat(JsonLoggers.fromEnvironment(Map.of("MLTRAINER_LOG_LEVEL", "info"))
                        .getLogger("x")
                        .isInfoEnabled())
                .isTrue();
        assertThat(JsonLoggers.fromEnvironment(Map.of()).getLogger("x").isInfoEnabled())
                .isFalse();
        assertThat(JsonLoggers.fromEnvironment(Map.of("MLTRAINER_LOG_LEVEL", "loud"))
                        .getLogger("x")
                        .isWarnEnabled())
                .isTrue();
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private List<String> lines() {
        return text().lines().toList();
    }
}
