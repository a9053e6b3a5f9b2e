package io.mltrainer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.JobEvent;
import org.junit.jupiter.api.Test;

class LlmCalledEventTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void round_trips_through_the_event_logs_json_as_llm_called() throws Exception {
        JobEvent event = new JobEvent.LlmCalled("groq", "llama-3.3-70b-versatile", 812, 120, 45, "ok");

        String json = JSON.writeValueAsString(event);

        assertThat(json).contains("\"type\":\"llm_called\"");
        assertThat(JSON.readValue(json, JobEvent.class)).isEqualTo(event);
    }
}
