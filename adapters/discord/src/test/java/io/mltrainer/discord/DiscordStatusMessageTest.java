package io.mltrainer.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.BuildCard;
import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import org.junit.jupiter.api.Test;

/** The status message as Discord gets it: one message within 2000 characters, and its buttons. */
class DiscordStatusMessageTest {
    private static final JobId JOB = new JobId("b-1234");

    private static BuildCard card(JobStatus status, String progress) {
        return new BuildCard(
                JOB,
                "iris species",
                "discord:400000000000000004",
                status,
                List.of(
                        new BuildCard.Line(Stage.DATASET, BuildCard.Mark.DONE, 1200L, "150 rows"),
                        new BuildCard.Line(Stage.TRAIN, BuildCard.Mark.RUNNING, null, null)),
                null,
                progress,
                List.of());
    }

    private static List<String> buttons(BuildCard card) {
        return StatusMessage.buttons(card).getButtons().stream()
                .map(Button::getCustomId)
                .toList();
    }

    @Test
    void the_title_line_is_bold_and_each_stage_has_its_line() {
        String text = StatusMessage.text(card(JobStatus.RUNNING, null));

        assertThat(text.lines().toList())
                .startsWith("**Build b-1234 · running · iris species**")
                .contains("✓ dataset 1.2s — 150 rows", "⏳ train");
    }

    @Test
    void a_card_longer_than_discord_allows_is_cut_to_2000_characters() {
        String text = StatusMessage.text(card(JobStatus.RUNNING, "epoch 1 loss 0.5 ".repeat(300)));

        assertThat(text).hasSize(StatusMessage.LIMIT).endsWith("…");
    }

    @Test
    void buttons_carry_the_job_id_and_follow_the_status() {
        assertThat(buttons(card(JobStatus.RUNNING, null)))
                .containsExactly("mltrainer:status:b-1234", "mltrainer:cancel:b-1234");
        assertThat(buttons(card(JobStatus.FAILED, null)))
                .containsExactly("mltrainer:status:b-1234", "mltrainer:resume:b-1234");
        assertThat(buttons(card(JobStatus.CANCELLED, null)))
                .containsExactly("mltrainer:status:b-1234", "mltrainer:resume:b-1234");
        assertThat(buttons(card(JobStatus.SUCCEEDED, null))).containsExactly("mltrainer:status:b-1234");
    }

    @Test
    void the_credentials_button_and_modal_name_the_build_thread_they_belong_to() {
        ThreadKey thread = DiscordThreads.thread("200000000000000002", "300000000000000003", "700000000000000007");

        String button =
                StatusMessage.credentialsButton(thread).getButtons().get(0).getCustomId();
        String modal = StatusMessage.credentialsModal(thread).getId();

        assertThat(DiscordThreads.decode(button.substring(StatusMessage.CREDENTIALS.length())))
                .isEqualTo(thread);
        assertThat(DiscordThreads.decode(modal.substring(StatusMessage.MODAL.length())))
                .isEqualTo(thread);
        assertThat(button.length()).isLessThanOrEqualTo(100); // Discord's limit for custom ids
        assertThat(modal.length()).isLessThanOrEqualTo(100);
    }

    @Test
    void messages_go_to_the_thread_channel_or_the_dm_channel() {
        assertThat(DiscordThreads.channelOf(DiscordThreads.thread("1", "2", "3")))
                .isEqualTo("3");
        assertThat(DiscordThreads.channelOf(DiscordThreads.dm("9"))).isEqualTo("9");
        assertThat(DiscordThreads.dm("9")).isEqualTo(new ThreadKey("discord", "@me", "9", ""));
    }
}
