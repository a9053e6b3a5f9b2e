package io.mltrainer.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.testing.Events;
import io.mltrainer.core.testing.FakeCredentials;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventMaskerTest {
    private static final String HF = FakeCredentials.HF.value();

    private final EventMasker masker = new EventMasker();

    @Test
    void masks_a_secret_inside_a_stage_failed_error() {
        JobEvent failed = new JobEvent.StageFailed(
                Stage.DEPLOY, 3, FailureKind.AUTHENTICATION, "401 for token " + HF + " at the Hub");

        assertThat(masker.apply(failed))
                .isEqualTo(new JobEvent.StageFailed(
                        Stage.DEPLOY, 3, FailureKind.AUTHENTICATION, "401 for token [redacted hf_token] at the Hub"));
    }

    @Test
    void masks_strings_in_every_field_and_keeps_the_rest() {
        JobEvent tool = new JobEvent.ToolCalled(
                "validate_kaggle", "{\"token\":\"" + FakeCredentials.KAGGLE_TOKEN.value() + "\"}", false, HF, 12);
        JobEvent finished = new JobEvent.BuildFinished(
                JobStatus.FAILED, "local", Map.of("accuracy", 0.5), "bad key " + FakeCredentials.GROQ.value());

        assertThat(masker.apply(tool))
                .isEqualTo(new JobEvent.ToolCalled(
                        "validate_kaggle",
                        "{\"token\":\"[redacted kaggle_token]\"}",
                        false,
                        "[redacted hf_token]",
                        12));
        assertThat(masker.apply(finished))
                .isEqualTo(new JobEvent.BuildFinished(
                        JobStatus.FAILED, "local", Map.of("accuracy", 0.5), "bad key [redacted groq_key]"));
    }

    @Test
    void hands_back_an_event_without_secrets_untouched() {
        assertThat(Events.everyKind())
                .allSatisfy(event -> assertThat(masker.apply(event)).isSameAs(event));
    }
}
