package io.mltrainer.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The offer to resume a build a dead process left is answered in the one yes/no vocabulary, or with its R. */
class ConsoleChatResumeOfferTest {
    @Test
    void r_resume_and_any_yes_resume_the_previous_build() {
        assertThat(ConsoleChat.resumes("R")).isTrue();
        assertThat(ConsoleChat.resumes("resume it")).isTrue();
        assertThat(ConsoleChat.resumes("yes please")).isTrue();
        assertThat(ConsoleChat.resumes("👍")).isTrue();
    }

    @Test
    void n_a_no_and_anything_unclear_start_a_new_session() {
        assertThat(ConsoleChat.resumes("N")).isFalse();
        assertThat(ConsoleChat.resumes("no thanks")).isFalse();
        assertThat(ConsoleChat.resumes("maybe later")).isFalse();
        assertThat(ConsoleChat.resumes("")).isFalse();
    }
}
