package io.mltrainer.core.chat;

import io.mltrainer.core.agents.train.TrainingCurves;
import io.mltrainer.core.domain.Durations;
import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Question;
import io.mltrainer.core.port.in.BuildStatusQuery;
import io.mltrainer.core.port.out.ChatSurface;
import io.mltrainer.core.port.out.CurveRenderer;
import io.mltrainer.core.port.out.EventListener;
import io.mltrainer.core.port.out.SurfaceBusy;
import io.mltrainer.core.usecase.BuildStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the builds of one surface as they happen: one status card per build, edited in place at most once per
 * {@code interval} (the newest state always wins: an update that arrives while one is pending or rate-limited is
 * folded into it, never dropped), and thread replies for what needs attention: a retry with its error, a question,
 * the result or the failure. Work runs on the given single-threaded scheduler, never on the pipeline's thread.
 */
public final class CardPublisher implements EventListener {
    private static final Logger LOG = LoggerFactory.getLogger(CardPublisher.class);

    private final ChatSurface surface;
    private final BuildStatus status;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Clock clock;
    private final TrainingCurves curves;
    private final Map<JobId, CardState> cards = new ConcurrentHashMap<>();

    public CardPublisher(
            ChatSurface surface,
            BuildStatus status,
            ScheduledExecutorService scheduler,
            Duration interval,
            Clock clock) {
        this(surface, status, scheduler, interval, clock, null);
    }

    /** {@code curves} draws the training curve shared with a build's results (null: none is shared). */
    public CardPublisher(
            ChatSurface surface,
            BuildStatus status,
            ScheduledExecutorService scheduler,
            Duration interval,
            Clock clock,
            TrainingCurves curves) {
        this.surface = surface;
        this.status = status;
        this.scheduler = scheduler;
        this.interval = interval;
        this.clock = clock;
        this.curves = curves;
    }

    @Override
    public void onEvent(EventRecord record) {
        JobEvent event = record.event();
        if (event instanceof JobEvent.ToolCalled || event instanceof JobEvent.LlmCalled) {
            return; // not on the card: the event log keeps them
        }
        scheduler.execute(() -> handle(record));
    }

    /** Shows the card of {@code job} again (after a restart, or when someone asks for it). */
    public void refresh(JobId job) {
        scheduler.execute(() -> find(job).ifPresent(this::requestCard));
    }

    private void handle(EventRecord record) {
        Optional<Job> found = find(record.jobId());
        if (found.isEmpty()) {
            return;
        }
        Job job = found.get();
        reply(job, record.event());
        requestCard(job);
    }

    private Optional<Job> find(JobId id) {
        try {
            return Optional.of(status.show(id).job())
                    .filter(j -> j.thread().platform().equals(surface.platform()))
                    .filter(j -> j.status() != JobStatus.INTAKE);
        } catch (RuntimeException e) {
            LOG.warn("cannot read build " + id + " for its card", e);
            return Optional.empty();
        }
    }

    /** Thread replies for what a person should notice. */
    private void reply(Job job, JobEvent event) {
        String text = null;
        if (event instanceof JobEvent.StageRetrying e) {
            text = "↻ " + e.stage().id() + " attempt " + e.attempt() + " failed: " + e.error() + "\nRetrying in "
                    + Durations.seconds(e.waitMs()) + ".";
        } else if (event instanceof JobEvent.BuildFinished) {
            Optional<Question> question = job.pendingQuestion();
            text = question.map(CardPublisher::ask).orElseGet(() -> String.join("\n", Outcomes.describe(job)));
        }
        if (text != null) {
            String message = text;
            safely(job.id(), () -> surface.say(job.thread(), message));
        }
        if (event instanceof JobEvent.BuildFinished
                && job.status() == JobStatus.SUCCEEDED
                && job.context().run() != null) {
            safely(
                    job.id(),
                    () -> surface.shareFile(
                            job.thread(),
                            "metrics-" + job.id() + ".json",
                            ResultFiles.metrics(job).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            "The full results of build " + job.id() + "."));
            shareCurve(job);
        }
    }

    /** The training curve, drawn from the build's recorded progress, as an image in its thread. */
    private void shareCurve(Job job) {
        if (curves == null) {
            return;
        }
        safely(
                job.id(),
                () -> curves.png(job.id(), status.show(job.id()).events())
                        .ifPresent(png -> surface.shareFile(
                                job.thread(),
                                CurveRenderer.FILE_NAME,
                                png,
                                "Training curve of build " + job.id() + ": loss and the evaluation metric against the"
                                        + " training step.")));
    }

    private static String ask(Question question) {
        return "❓ " + question.prompt()
                + (question.options().isEmpty()
                        ? ""
                        : "\nCandidates: "
                                + String.join(
                                        ", ",
                                        question.options().stream()
                                                .map(o -> "`" + o + "`")
                                                .toList()))
                + "\nReply in this thread.";
    }

    private void requestCard(Job job) {
        CardState state = cards.computeIfAbsent(job.id(), id -> new CardState());
        synchronized (state) {
            state.dirty = true;
            if (state.scheduled) {
                return;
            }
            state.scheduled = true;
            Instant due = state.lastShown == null ? clock.instant() : state.lastShown.plus(interval);
            schedule(job.id(), state, Duration.between(clock.instant(), due));
        }
    }

    private void schedule(JobId id, CardState state, Duration delay) {
        long millis = Math.max(0, delay.toMillis());
        scheduler.schedule(() -> show(id, state), millis, TimeUnit.MILLISECONDS);
    }

    private void show(JobId id, CardState state) {
        synchronized (state) {
            state.dirty = false;
        }
        Duration retryAfter = null;
        try {
            BuildStatusQuery.View view = status.show(id);
            surface.showCard(view.job().thread(), BuildCards.of(view.job(), view.events()));
        } catch (SurfaceBusy busy) {
            retryAfter = busy.retryAfter();
        } catch (RuntimeException e) {
            LOG.warn("could not show the card of build " + id, e);
        }
        synchronized (state) {
            state.lastShown = clock.instant();
            if (retryAfter != null) {
                state.dirty = true;
                schedule(id, state, retryAfter);
            } else if (state.dirty) {
                schedule(id, state, interval);
            } else {
                state.scheduled = false;
            }
        }
    }

    private void safely(JobId id, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("could not post to the thread of build " + id, e);
        }
    }

    /** Per build: whether a card update is scheduled, whether something changed since, and when it was shown. */
    private static final class CardState {
        boolean scheduled;
        boolean dirty;
        Instant lastShown;
    }
}
