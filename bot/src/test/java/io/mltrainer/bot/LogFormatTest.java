package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.bot.logging.JsonLogProvider;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogFormatTest {
    @Test
    void json_format_chooses_the_json_provider_and_text_leaves_slf4j_simple() {
        String before = System.getProperty("slf4j.provider");
        try {
            System.clearProperty("slf4j.provider");
            LogFormat.apply(Map.of("MLTRAINER_LOG_FORMAT", "text"));
            assertThat(System.getProperty("slf4j.provider")).isNull();

            LogFormat.apply(Map.of("MLTRAINER_LOG_FORMAT", "JSON"));

            assertThat(System.getProperty("slf4j.provider")).isEqualTo(JsonLogProvider.class.getName());
        } finally {
            if (before == null) {
                System.clearProperty("slf4j.provider");
            } else {
                System.setProperty("slf4j.provider", before);
            }
        }
    }
}
