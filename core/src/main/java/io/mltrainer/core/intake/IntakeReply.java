package io.mltrainer.core.intake;

import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.Slot;
import java.util.List;

/**
 * What to tell the thread. {@code job} is the intake's build (set from the first message on); {@code askPrivately}
 * is the credential slot to ask in a DM or modal (null when the next question may be asked right here);
 * {@code started} is the build that began with this message; {@code exposedSecret} says a secret was pasted in
 * public and should be rotated.
 */
public record IntakeReply(List<String> messages, JobId job, Slot askPrivately, JobId started, boolean exposedSecret) {
    public IntakeReply {
        messages = List.copyOf(messages);
    }
}
