package io.mltrainer.discord;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.domain.secrets.SecretScanner;
import io.mltrainer.core.port.out.BuildCard;
import io.mltrainer.core.port.out.CardMessages;
import io.mltrainer.core.port.out.ChatSurface;
import io.mltrainer.core.port.out.SurfaceBusy;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.data.SerializableData;

/**
 * Discord as a chat surface, over REST by channel id ({@link DiscordRest}), so every replica can post, with or
 * without the gateway, also after a restart: replies in the build's thread, credentials asked in a DM (opened by
 * the user's id) and through a button that opens a modal, one ordinary status message per build edited in place
 * (interaction hooks expire after 15 minutes, messages do not). A reply that meets a rate limit waits Discord's
 * {@code retry_after} and is sent again; the status message never waits: a 429 on it is {@link SurfaceBusy} so the
 * card publisher tries again with the newest state.
 */
final class DiscordSurface implements ChatSurface {
    static final Duration WAIT = Duration.ofSeconds(20);

    private final DiscordRest rest;
    private final CardMessages cards;
    private final Retry patiently = Retry.of(
            "discord-replies",
            RetryConfig.custom()
                    .maxAttempts(4)
                    .retryExceptions(SurfaceBusy.class)
                    .intervalBiFunction((attempt, outcome) -> outcome.isLeft()
                                    && outcome.getLeft() instanceof SurfaceBusy busy
                            ? Math.min(WAIT.toMillis(), busy.retryAfter().toMillis())
                            : 1000L)
                    .build());

    DiscordSurface(DiscordRest rest, CardMessages cards) {
        this.rest = rest;
        this.cards = cards;
    }

    @Override
    public String platform() {
        return DiscordThreads.PLATFORM;
    }

    @Override
    public void say(ThreadKey thread, String text) {
        String channel = DiscordThreads.channelOf(thread);
        for (int from = 0; from < text.length(); from += StatusMessage.LIMIT) {
            String part = text.substring(from, Math.min(text.length(), from + StatusMessage.LIMIT));
            patiently(() -> rest.post(channel, message(part, null)));
        }
    }

    @Override
    public void askPrivately(ThreadKey buildThread, String user, Slot slot, String prompt) {
        String dm = patiently(() -> rest.openDm(user));
        patiently(() -> rest.post(dm, message(prompt + "\n*Reply here: only you can read this conversation.*", null)));
        patiently(() -> rest.post(
                DiscordThreads.channelOf(buildThread),
                message(
                        "<@" + user + ">, I sent you a direct message for this, or use the button (only you see"
                                + " what you type).",
                        StatusMessage.credentialsButton(buildThread))));
    }

    @Override
    public void shareFile(ThreadKey thread, String fileName, byte[] content, String comment) {
        patiently(() -> rest.postFile(
                DiscordThreads.channelOf(thread), message(StatusMessage.limit(comment), null), fileName, content));
    }

    /** The opening message may quote the request: it and the thread's name are shown with credentials masked. */
    @Override
    public ThreadKey openThread(ThreadKey near, String text) {
        String masked = SecretScanner.maskAll(text);
        String first = patiently(() -> rest.post(near.channel(), message(StatusMessage.limit(masked), null)))
                .getString("id");
        String thread = patiently(() -> rest.startThread(near.channel(), first, threadName(masked)));
        return DiscordThreads.thread(near.workspace(), near.channel(), thread);
    }

    /**
     * Posts or edits the status message at once: a 429 is {@link SurfaceBusy} with Discord's {@code retry_after}
     * (the card publisher shows the newest state then). A thread archived meanwhile is unarchived first.
     */
    @Override
    public void showCard(ThreadKey thread, BuildCard card) {
        String channel = DiscordThreads.channelOf(thread);
        DataObject message = message(StatusMessage.text(card), StatusMessage.buttons(card));
        Optional<String> posted = cards.find(card.job(), platform());
        if (posted.isPresent()) {
            rest.edit(channel, posted.get(), message);
        } else {
            cards.save(card.job(), platform(), rest.post(channel, message).getString("id"));
        }
    }

    /** A thread's name from a request, credentials masked (the name is visible to everyone in the channel). */
    static String threadName(String text) {
        String name = SecretScanner.maskAll(text)
                .replaceAll("<[^>]+>", "")
                .replaceAll("\\s+", " ")
                .strip();
        return name.isEmpty() ? "mltrainer build" : name.length() > 90 ? name.substring(0, 90) : name;
    }

    /** A message as Discord's API takes it: content and, optionally, one row of buttons. */
    static DataObject message(String content, ActionRow row) {
        DataObject message = DataObject.empty().put("content", content);
        if (row != null) {
            message.put("components", DataArray.empty().add(json(row)));
        }
        return message;
    }

    static DataObject json(Object component) {
        if (component instanceof SerializableData data) {
            return data.toData();
        }
        throw new IllegalArgumentException("not serialisable: " + component);
    }

    private <T> T patiently(Supplier<T> call) {
        return patiently.executeSupplier(call);
    }
}
