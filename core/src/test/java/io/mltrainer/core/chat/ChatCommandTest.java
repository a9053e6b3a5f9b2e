package io.mltrainer.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.chat.ChatCommand.Kind;
import org.junit.jupiter.api.Test;

class ChatCommandTest {
    @Test
    void the_first_word_is_the_command_in_any_case_with_a_slash_or_punctuation() {
        assertThat(ChatCommand.parse("status")).contains(new ChatCommand(Kind.STATUS, ""));
        assertThat(ChatCommand.parse("  Cancel! ")).contains(new ChatCommand(Kind.CANCEL, ""));
        assertThat(ChatCommand.parse("/help")).contains(new ChatCommand(Kind.HELP, ""));
        assertThat(ChatCommand.parse("logs")).contains(new ChatCommand(Kind.LOGS, ""));
        assertThat(ChatCommand.parse("builds")).contains(new ChatCommand(Kind.BUILDS, ""));
        assertThat(ChatCommand.parse("resume")).contains(new ChatCommand(Kind.RESUME, ""));
    }

    @Test
    void fork_takes_the_changes_as_its_argument() {
        assertThat(ChatCommand.parse("fork with 10 epochs")).contains(new ChatCommand(Kind.FORK, "with 10 epochs"));
        assertThat(ChatCommand.parse("fork")).contains(new ChatCommand(Kind.FORK, ""));
    }

    @Test
    void try_takes_the_input_as_its_argument() {
        assertThat(ChatCommand.parse("try 5.1, 3.5, 1.4, 0.2"))
                .contains(new ChatCommand(Kind.TRY, "5.1, 3.5, 1.4, 0.2"));
        assertThat(ChatCommand.parse("predict the species of iris flowers")).isEmpty();
    }

    @Test
    void a_sentence_that_starts_with_a_command_word_is_conversation() {
        assertThat(ChatCommand.parse("stop words should be removed")).isEmpty();
        assertThat(ChatCommand.parse("status of the loan as target")).isEmpty();
        assertThat(ChatCommand.parse("classify spam")).isEmpty();
        assertThat(ChatCommand.parse("")).isEmpty();
    }
}
