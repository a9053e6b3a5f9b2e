package io.mltrainer.core.port.in;

import io.mltrainer.core.domain.IntakeState;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.ThreadKey;
import java.util.List;
import java.util.Optional;

/**
 * Talking to the bot on a chat surface (Slack, Discord, the terminal): what the surface's adapter calls for what
 * people type and press there. It only translates platform events into these calls.
 */
public interface ChatUseCase {

    /** A message in a thread, a DM or a modal: a command, an answer, or words about a build. */
    void handle(ChatMessage message);

    /** A button pressed on the status card of {@code job}: the same as typing its command in the build's thread. */
    void press(ThreadKey thread, String user, Button button, JobId job);

    /**
     * A credential given where nobody else can read it (a modal) for the intake of {@code buildThread}; the lines
     * returned are for the user alone (empty when the answer was taken).
     */
    List<String> credentials(ThreadKey buildThread, String user, String text);

    /** The build of {@code thread} (under description, running or ended), if the thread has one. */
    Optional<Job> build(ThreadKey thread);

    /** The intake of {@code thread} still being described, if there is one. */
    Optional<IntakeState> describing(ThreadKey thread);

    /** A button on a status card. */
    enum Button {
        STATUS,
        CANCEL,
        RESUME
    }
}
