package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.testing.FakeCredentials;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MaskingPrintStreamTest {
    private static final String HF = FakeCredentials.HF.value();

    private final ByteArrayOutputStream target = new ByteArrayOutputStream();
    private final MaskingPrintStream out = new MaskingPrintStream(target, StandardCharsets.UTF_8);

    @Test
    void masks_a_credential_in_a_printed_line() {
        out.println("uploading with " + HF + " now");

        assertThat(written()).isEqualTo("uploading with [redacted hf_token] now\n");
    }

    @Test
    void masks_a_credential_printed_in_pieces_on_one_line() {
        out.print("token ");
        out.print(HF.substring(0, 10));
        out.print(HF.substring(10));
        out.println();

        assertThat(written()).isEqualTo("token [redacted hf_token]\n");
    }

    @Test
    void masks_what_printf_and_raw_writes_produce() {
        out.printf("key=%s%n", FakeCredentials.GROQ.value());
        byte[] raw = ("slack " + FakeCredentials.SLACK_BOT.value() + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(raw, 0, raw.length);

        assertThat(written())
                .isEqualTo("key=[redacted groq_key]" + System.lineSeparator() + "slack [redacted slack_token]\n");
    }

    @Test
    void writes_every_line_without_a_credential_unchanged() {
        out.println("≈ 0.93 f1 — ok ✓");
        out.print("step 1/3\rstep 2/3\r");

        assertThat(written()).isEqualTo("≈ 0.93 f1 — ok ✓\nstep 1/3\rstep 2/3\r");
    }

    @Test
    void shows_a_prompt_without_a_line_end_when_flushed() {
        out.print("you> ");

        assertThat(written()).isEmpty();
        out.flush();
        assertThat(written()).isEqualTo("you> ");
    }

    @Test
    void masks_what_is_left_when_closed() {
        out.print("last words " + HF);
        out.close();

        assertThat(written()).isEqualTo("last words [redacted hf_token]");
    }

    private String written() {
        return target.toString(StandardCharsets.UTF_8);
    }
}
