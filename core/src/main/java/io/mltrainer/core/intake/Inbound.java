package io.mltrainer.core.intake;

import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import java.util.List;
import java.util.Objects;

/**
 * A message for an intake, already made safe: where, from whom, the text with every credential replaced by its
 * reference ({@code refs}, in order), whether a credential was pasted where others can read it
 * ({@code exposed}), whether nobody else can read it (a DM, a modal, the terminal), and a dataset that came with it
 * (a file shared in the thread and saved by the surface; null when none). Raw text becomes an {@code Inbound} only
 * through {@link #masked}: the one place where what people type is masked.
 */
public record Inbound(
        ThreadKey thread,
        String author,
        String text,
        List<SecretRef> refs,
        boolean exposed,
        boolean privateChannel,
        String dataset) {
    public Inbound {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(author, "author");
        text = text == null ? "" : text;
        refs = List.copyOf(refs);
    }

    /**
     * Masks {@code raw} as {@code author} sent it. {@code asked} is the slot the intake of the thread waits for (null
     * when none): a private answer to a credential question is a secret of that kind even when its shape is not
     * recognised.
     */
    public static Inbound masked(
            SecretGuard guard,
            Slot asked,
            ThreadKey thread,
            String author,
            String raw,
            boolean privateChannel,
            String dataset) {
        boolean credentialAnswer = asked != null && asked.isCredential() && privateChannel;
        Guarded guarded = guard.protect(
                author,
                raw == null ? "" : raw,
                privateChannel,
                credentialAnswer,
                credentialAnswer ? asked.secretKind() : SecretKind.GENERIC);
        return new Inbound(
                thread, author, guarded.text(), guarded.refs(), guarded.exposedInPublic(), privateChannel, dataset);
    }

    /** Text that holds no credential of its own (a command word, a stored request); {@code refs} it carries. */
    public static Inbound safe(
            ThreadKey thread,
            String author,
            String text,
            List<SecretRef> refs,
            boolean privateChannel,
            String dataset) {
        return new Inbound(thread, author, text, refs, false, privateChannel, dataset);
    }
}
