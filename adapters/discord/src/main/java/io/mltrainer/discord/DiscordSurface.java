package io.mltrainer.discord;

import io.mltrainer.core.chat.BuildCard;
import io.mltrainer.core.chat.CardMessages;
import io.mltrainer.core.chat.ChatSurface;
import io.mltrainer.core.chat.SurfaceBusy;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.intake.Slot;
import io.mltrainer.core.secrets.SecretScanner;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * Discord as a chat surface: replies in the build's thread, credentials asked in a DM and through a button that
 * opens a modal, one ordinary status message per build edited in place (interaction hooks expire after 15 minutes,
 * messages do not). JDA waits out rate limits of replies itself; the status message is never queued behind one: a
 * 429 on it, or any call that takes longer than {@link #WAIT}, is {@link SurfaceBusy} so the card publisher tries
 * again with the newest state.
 */
final class DiscordSurface implements ChatSurface {
    static final Duration WAIT = Duration.ofSeconds(20);

    private final JDA jda;
    private final CardMessages cards;

    DiscordSurface(JDA jda, CardMessages cards) {
        this.jda = jda;
        this.cards = cards;
    }

    @Override
    public String platform() {
        return DiscordThreads.PLATFORM;
    }

    @Override
    public void say(ThreadKey thread, String text) {
        MessageChannel channel = channel(thread);
        for (int from = 0; from < text.length(); from += StatusMessage.LIMIT) {
            await(channel.sendMessage(text.substring(from, Math.min(text.length(), from + StatusMessage.LIMIT))));
        }
    }

    @Override
    public void askPrivately(ThreadKey buildThread, String user, Slot slot, String prompt) {
        await(jda.retrieveUserById(user)
                .flatMap(u -> u.openPrivateChannel())
                .flatMap(dm -> dm.sendMessage(prompt + "\n*Reply here: only you can read this conversation.*")));
        await(channel(buildThread)
                .sendMessage("<@" + user + ">, I sent you a direct message for this, or use the button (only you see"
                        + " what you type).")
                .setComponents(StatusMessage.credentialsButton(buildThread)));
    }

    @Override
    public void shareFile(ThreadKey thread, String fileName, byte[] content, String comment) {
        await(channel(thread)
                .sendMessage(StatusMessage.limit(comment))
                .addFiles(FileUpload.fromData(content, fileName)));
    }

    /** The opening message may quote the request: it and the thread's name are shown with credentials masked. */
    @Override
    public ThreadKey openThread(ThreadKey near, String text) {
        TextChannel parent = jda.getTextChannelById(near.channel());
        if (parent == null) {
            throw new IllegalStateException("the channel " + near.channel() + " is not visible to the bot");
        }
        String masked = SecretScanner.maskAll(text);
        Message first = await(parent.sendMessage(StatusMessage.limit(masked)));
        ThreadChannel thread = await(first.createThreadChannel(threadName(masked)));
        return DiscordThreads.thread(near.workspace(), near.channel(), thread.getId());
    }

    /**
     * Posts or edits the status message without JDA's queue: a 429 is {@link SurfaceBusy} with Discord's
     * {@code retry_after} at once (the card publisher shows the newest state then) instead of a wait in JDA's rate
     * limiter behind which newer states would pile up.
     */
    @Override
    public void showCard(ThreadKey thread, BuildCard card) {
        MessageChannel channel = channel(thread);
        Optional<String> posted = cards.find(card.job(), platform());
        if (posted.isPresent()) {
            awaitUnqueued(channel.editMessageById(posted.get(), StatusMessage.text(card))
                    .setComponents(StatusMessage.buttons(card)));
        } else {
            Message message = awaitUnqueued(
                    channel.sendMessage(StatusMessage.text(card)).setComponents(StatusMessage.buttons(card)));
            cards.save(card.job(), platform(), message.getId());
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

    private MessageChannel channel(ThreadKey thread) {
        String id = DiscordThreads.channelOf(thread);
        MessageChannel channel = jda.getChannelById(MessageChannel.class, id);
        if (channel == null) {
            channel = jda.getPrivateChannelById(id);
        }
        if (channel == null) {
            throw new IllegalStateException("the channel " + id + " is not visible to the bot");
        }
        return channel;
    }

    private static <T> T await(RestAction<T> action) {
        return await(action.submit());
    }

    private static <T> T awaitUnqueued(RestAction<T> action) {
        return await(action.submit(false));
    }

    private static <T> T await(CompletableFuture<T> call) {
        try {
            return call.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(false);
            throw new SurfaceBusy(Duration.ofSeconds(5), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RateLimitedException limited) {
                throw new SurfaceBusy(Duration.ofMillis(limited.getRetryAfter()), limited);
            }
            throw new IllegalStateException(
                    "Discord refused the call: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
