package io.mltrainer.slack;

import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.BuildCard;
import io.mltrainer.core.port.out.CardMessages;
import io.mltrainer.core.port.out.ChatSurface;
import java.util.Optional;

/**
 * Slack as a chat surface: replies in the build's thread, credentials asked in a DM and through a button that
 * opens a modal, one status card per build posted once and then edited in place.
 */
final class SlackSurface implements ChatSurface {
    private final SlackApi api;
    private final CardMessages cards;

    SlackSurface(SlackApi api, CardMessages cards) {
        this.api = api;
        this.cards = cards;
    }

    @Override
    public String platform() {
        return Threads.PLATFORM;
    }

    @Override
    public void say(ThreadKey thread, String text) {
        api.post(thread.channel(), Threads.threadTs(thread), text, null);
    }

    @Override
    public void askPrivately(ThreadKey buildThread, String user, Slot slot, String prompt) {
        String dm = api.openDm(user);
        api.post(
                dm,
                null,
                prompt + "\n_Reply here: only you can read this conversation. I keep it encrypted and never show it"
                        + " in the channel._",
                null);
        api.post(
                buildThread.channel(),
                Threads.threadTs(buildThread),
                "I sent <@" + user + "> a direct message for this.",
                BlockKit.credentialsButton(
                        buildThread,
                        "<@" + user + ">, I sent you a direct message for this, or use the button (only you see"
                                + " what you type)."));
    }

    @Override
    public void shareFile(ThreadKey thread, String fileName, byte[] content, String comment) {
        api.upload(thread.channel(), Threads.threadTs(thread), fileName, content, comment);
    }

    @Override
    public ThreadKey openThread(ThreadKey near, String text) {
        String ts = api.post(near.channel(), null, text, null);
        return Threads.of(near.workspace(), near.channel(), ts);
    }

    @Override
    public void showCard(ThreadKey thread, BuildCard card) {
        Optional<String> posted = cards.find(card.job(), platform());
        if (posted.isPresent()) {
            api.update(thread.channel(), posted.get(), BlockKit.fallback(card), BlockKit.card(card));
        } else {
            String ts =
                    api.post(thread.channel(), Threads.threadTs(thread), BlockKit.fallback(card), BlockKit.card(card));
            cards.save(card.job(), platform(), ts);
        }
    }
}
