package io.mltrainer.bot;

import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.BuildCard;
import io.mltrainer.core.port.out.ChatSurface;
import io.mltrainer.core.port.out.SurfaceBusy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A chat platform that keeps what the core asked of it, for tests of the platform-neutral chat layer. The Slack and
 * Discord adapters are tested against fakes of the real platforms instead.
 */
final class RecordingSurface implements ChatSurface {
    record Said(ThreadKey thread, String text) {}

    record Asked(ThreadKey thread, String user, Slot slot) {}

    record Shown(ThreadKey thread, BuildCard card) {}

    private final List<Said> said = new ArrayList<>();
    private final List<Said> files = new ArrayList<>();
    private final List<Asked> asked = new ArrayList<>();
    private final List<Shown> cards = new ArrayList<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final AtomicInteger busyAnswers = new AtomicInteger();

    private final String platform;

    RecordingSurface() {
        this("slack");
    }

    /** A surface of another platform ({@code discord}): owners and threads are that platform's. */
    RecordingSurface(String platform) {
        this.platform = platform;
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public synchronized void say(ThreadKey thread, String text) {
        said.add(new Said(thread, text));
    }

    @Override
    public synchronized void askPrivately(ThreadKey buildThread, String user, Slot slot, String prompt) {
        asked.add(new Asked(buildThread, user, slot));
    }

    @Override
    public synchronized void shareFile(ThreadKey thread, String fileName, byte[] content, String comment) {
        files.add(new Said(thread, fileName + "\n" + new String(content, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Files shared in a thread: the name, a line break, the content. */
    synchronized List<String> filesIn(ThreadKey thread) {
        return files.stream()
                .filter(f -> f.thread().equals(thread))
                .map(Said::text)
                .toList();
    }

    @Override
    public ThreadKey openThread(ThreadKey near, String text) {
        ThreadKey thread =
                new ThreadKey(near.platform(), near.workspace(), near.channel(), "fork-" + threads.incrementAndGet());
        say(thread, text);
        return thread;
    }

    @Override
    public synchronized void showCard(ThreadKey thread, BuildCard card) {
        if (busyAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new SurfaceBusy(Duration.ofMillis(50), null);
        }
        cards.add(new Shown(thread, card));
    }

    /** The next {@code count} card updates are refused as rate-limited. */
    void refuseCards(int count) {
        busyAnswers.set(count);
    }

    synchronized String transcript() {
        StringBuilder out = new StringBuilder();
        said.forEach(s ->
                out.append(s.thread().asString()).append(": ").append(s.text()).append('\n'));
        cards.forEach(c -> out.append("card: ").append(c.card().lines()).append('\n'));
        files.forEach(f -> out.append("file: ").append(f.text()).append('\n'));
        return out.toString();
    }

    synchronized List<String> saidIn(ThreadKey thread) {
        return said.stream()
                .filter(s -> s.thread().equals(thread))
                .map(Said::text)
                .toList();
    }

    synchronized List<Asked> asked() {
        return List.copyOf(asked);
    }

    synchronized List<Shown> cards() {
        return List.copyOf(cards);
    }

    synchronized BuildCard lastCard() {
        return cards.isEmpty() ? null : cards.get(cards.size() - 1).card();
    }

    void await(String what, BooleanSupplier condition) {
        Waits.until(what, condition, () -> "said so far:\n" + transcript());
    }
}
