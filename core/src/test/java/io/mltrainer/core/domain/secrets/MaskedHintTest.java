package io.mltrainer.core.domain.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.testing.FakeCredentials;
import org.junit.jupiter.api.Test;

class MaskedHintTest {

    @Test
    void shows_the_prefix_and_the_last_four_characters() {
        assertThat(MaskedHint.of(SecretKind.HF_TOKEN, "hf_AbCdEfGhIjKlMnOpQrStUvWxYz9c2f"))
                .isEqualTo("hf_…9c2f");
    }

    @Test
    void never_reveals_more_than_eight_characters() {
        assertThat(FakeCredentials.all())
                .allSatisfy(c -> assertThat(MaskedHint.of(c.kind(), c.value()).replace("…", ""))
                        .hasSizeLessThanOrEqualTo(8));
    }

    @Test
    void keeps_the_ending_of_a_short_value_to_itself() {
        assertThat(MaskedHint.of(SecretKind.GENERIC, "hunter2")).isEqualTo("…");
    }
}
