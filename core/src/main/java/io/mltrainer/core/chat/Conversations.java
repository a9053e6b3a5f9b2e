package io.mltrainer.core.chat;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Durations;
import io.mltrainer.core.domain.IntakePhase;
import io.mltrainer.core.domain.IntakeState;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Owners;
import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.intake.ContinueIntake;
import io.mltrainer.core.intake.Inbound;
import io.mltrainer.core.intake.IntakeReply;
import io.mltrainer.core.intake.SecretGuard;
import io.mltrainer.core.port.in.BuildRefused;
import io.mltrainer.core.port.in.BuildStatusQuery;
import io.mltrainer.core.port.in.ChatMessage;
import io.mltrainer.core.port.in.ChatUseCase;
import io.mltrainer.core.port.out.ChatSurface;
import io.mltrainer.core.port.out.IntakeRepository;
import io.mltrainer.core.port.out.ThreadOrder;
import io.mltrainer.core.usecase.AnswerQuestion;
import io.mltrainer.core.usecase.BuildStatus;
import io.mltrainer.core.usecase.CancelBuild;
import io.mltrainer.core.usecase.ResumeBuild;
import io.mltrainer.core.usecase.TryModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything said to the bot on a chat surface, whatever the platform: a command ({@code status}, {@code logs},
 * {@code cancel}, {@code resume}, {@code fork …}, {@code builds}, {@code help}) goes to its use case; an answer in a
 * DM or a modal goes to the intake that asked for it; anything else continues the thread's intake, answers the
 * question its build stopped on, or starts a build. Everyone may look; only a build's owner and the admins change it.
 */
public final class Conversations implements ChatUseCase {
    private static final int LOG_LINES = 15;
    private static final int CHANNEL_BUILDS = 10;

    private final ChatSurface surface;
    private final ContinueIntake intake;
    private final IntakeRepository intakes;
    private final BuildStatus status;
    private final ResumeBuild resume;
    private final CancelBuild cancel;
    private final AnswerQuestion answers;
    private final Permissions permissions;
    private final SecretGuard guard;
    private final TryModel tryModel;
    private final ThreadOrder order;

    /**
     * @param tryModel answers {@code try} in a build's thread (null: not offered)
     * @param order how a thread's messages take turns across replicas sharing the database
     */
    public Conversations(
            ChatSurface surface,
            ContinueIntake intake,
            IntakeRepository intakes,
            BuildStatus status,
            ResumeBuild resume,
            CancelBuild cancel,
            AnswerQuestion answers,
            Permissions permissions,
            SecretGuard guard,
            TryModel tryModel,
            ThreadOrder order) {
        this.order = order;
        this.surface = surface;
        this.intake = intake;
        this.intakes = intakes;
        this.status = status;
        this.resume = resume;
        this.cancel = cancel;
        this.answers = answers;
        this.permissions = permissions;
        this.guard = guard;
        this.tryModel = tryModel;
    }

    /** Handles a message in its thread's turn: after the thread's earlier messages, on whichever replica. */
    @Override
    public void handle(ChatMessage raw) {
        order.inOrder(raw.thread(), () -> handleInTurn(raw));
    }

    private void handleInTurn(ChatMessage raw) {
        Optional<ChatCommand> command = ChatCommand.parse(raw.text());
        Optional<IntakeState> waiting = raw.privateChannel() && command.isEmpty()
                ? intake.awaitingPrivateAnswer(raw.owner())
                        .filter(w -> !w.thread().equals(raw.thread()))
                : Optional.empty();
        Optional<IntakeState> here = intakes.find(raw.thread()).filter(s -> s.phase() != IntakePhase.ABANDONED);
        // The one place where what people type is masked: everything below sees references, never a credential.
        Inbound in = enter(raw, waiting.or(() -> here.filter(IntakeState::isOpen)));
        ChatMessage m = new ChatMessage(
                raw.thread(), raw.user(), in.text(), raw.privateChannel(), raw.addressed(), raw.files());
        if (waiting.isPresent()) {
            List<String> privately = credentials(waiting.get(), in);
            surface.say(
                    m.thread(),
                    privately.isEmpty()
                            ? "Thanks, got it. We continue in the build's thread."
                            : String.join("\n", privately));
            return;
        }
        Optional<Job> build = here.map(IntakeState::jobId).flatMap(this::job);
        boolean tryWithoutModel =
                command.filter(c -> c.kind() == ChatCommand.Kind.TRY).isPresent()
                        && started(here, build)
                                .filter(j -> j.status() == JobStatus.SUCCEEDED)
                                .isEmpty();
        if (tryWithoutModel) {
            // "try a random forest" while describing a build is part of the conversation, not a command
            command = Optional.empty();
        }
        if (command.isPresent()) {
            warnIfExposed(in);
            run(ChatCommand.parse(m.text()).orElse(command.get()), m, here, build);
        } else if (here.isPresent() && !here.get().isOpen() && build.isPresent()) {
            warnIfExposed(in);
            afterIntake(m, build.get());
        } else if (here.isPresent() && !here.get().owner().equals(m.owner())) {
            warnIfExposed(in);
            if (m.addressed()) {
                surface.say(
                        m.thread(),
                        "Only " + mention(here.get().owner()) + " is describing this build. Mention me in the channel"
                                + " to start your own.");
            }
        } else if (here.isPresent() || m.addressed()) {
            deliver(m.thread(), m.user(), intake.handle(in)); // the intake's reply says a public credential
        }
    }

    /**
     * Masks a message as it enters: every credential goes into the vault and is replaced by its reference.
     * {@code intakeAsking} is the intake the message may answer: a private answer to its credential question is a
     * secret even when its shape is not recognised.
     */
    private Inbound enter(ChatMessage m, Optional<IntakeState> intakeAsking) {
        String dataset = m.files().isEmpty() ? null : m.files().get(0).toString();
        return Inbound.masked(
                guard,
                intakeAsking.map(IntakeState::pending).orElse(null),
                intakeAsking.map(IntakeState::thread).orElse(m.thread()),
                m.owner(),
                m.text(),
                m.privateChannel(),
                dataset);
    }

    private void warnIfExposed(Inbound in) {
        if (in.exposed()) {
            surface.say(in.thread(), SecretGuard.EXPOSED_WARNING);
        }
    }

    /**
     * A credential given where nobody else can read it (a modal, a DM) for the intake of {@code buildThread}. What
     * may be said in public goes to the thread; the returned lines are for the user alone (empty when the answer
     * was taken).
     */
    @Override
    public List<String> credentials(ThreadKey buildThread, String user, String text) {
        String owner = Owners.of(buildThread.platform(), user);
        Optional<IntakeState> state = intakes.find(buildThread).filter(IntakeState::isOpen);
        if (state.isEmpty() || !state.get().owner().equals(owner)) {
            return List.of("There is no build of yours waiting for credentials there.");
        }
        return credentials(state.get(), enter(new ChatMessage(buildThread, user, text, true, true, List.of()), state));
    }

    private List<String> credentials(IntakeState waiting, Inbound in) {
        ThreadKey buildThread = waiting.thread();
        IntakeReply reply = intake.handle(in);
        boolean stillWaiting =
                intakes.find(buildThread).map(IntakeState::awaitsCredential).orElse(false);
        if (stillWaiting) {
            return reply.messages();
        }
        surface.say(
                buildThread,
                "🔐 " + mention(waiting.owner()) + " sent credentials privately.\n" + join(reply.messages()));
        return List.of();
    }

    /** A button pressed on the card of {@code job}. */
    @Override
    public void press(ThreadKey thread, String user, Button button, JobId job) {
        ChatMessage m = new ChatMessage(thread, user, "", false, true, List.of());
        ChatCommand.Kind kind = switch (button) {
            case STATUS -> ChatCommand.Kind.STATUS;
            case CANCEL -> ChatCommand.Kind.CANCEL;
            case RESUME -> ChatCommand.Kind.RESUME;
        };
        order.inOrder(thread, () -> run(new ChatCommand(kind, ""), m, intakes.find(thread), job(job)));
    }

    private void run(ChatCommand command, ChatMessage m, Optional<IntakeState> here, Optional<Job> build) {
        switch (command.kind()) {
            case HELP -> surface.say(m.thread(), surface.wording().help());
            case BUILDS -> surface.say(m.thread(), builds(m.thread()));
            case STATUS ->
                surface.say(m.thread(), started(here, build).map(this::statusOf).orElseGet(() -> noBuild(here)));
            case LOGS ->
                surface.say(m.thread(), started(here, build).map(this::logsOf).orElseGet(() -> noBuild(here)));
            case CANCEL -> cancel(m, here, build);
            case RESUME -> resume(m, build);
            case FORK -> fork(m, build, command.argument());
            case TRY -> tryIt(m, started(here, build), command.argument());
        }
    }

    /** Anyone in a build's thread may try its model; an attached image is the input of an image model. */
    private void tryIt(ChatMessage m, Optional<Job> build, String input) {
        if (build.isEmpty() || tryModel == null) {
            surface.say(m.thread(), "There is no finished build in this thread to try.");
            return;
        }
        Path image = m.files().isEmpty() ? null : m.files().get(0);
        try {
            surface.say(
                    m.thread(),
                    join(TryAnswers.describe(tryModel.tryInChat(build.get().id(), input, image))));
        } catch (BuildRefused | StageException e) {
            surface.say(m.thread(), e.getMessage());
        }
    }

    /** The build of {@code thread} (under description, running or ended), if the thread has one. */
    @Override
    public Optional<Job> build(ThreadKey thread) {
        return intakes.find(thread)
                .filter(s -> s.phase() != IntakePhase.ABANDONED)
                .map(IntakeState::jobId)
                .flatMap(this::job);
    }

    @Override
    public Optional<IntakeState> describing(ThreadKey thread) {
        return intake.open(thread);
    }

    private static Optional<Job> started(Optional<IntakeState> here, Optional<Job> build) {
        return here.filter(IntakeState::isOpen).isPresent() ? Optional.empty() : build;
    }

    private void deliver(ThreadKey thread, String user, IntakeReply reply) {
        if (!reply.messages().isEmpty()) {
            surface.say(thread, join(reply.messages()));
        }
        if (reply.askPrivately() != null) {
            surface.askPrivately(
                    thread, user, reply.askPrivately(), reply.askPrivately().prompt());
        }
    }

    /** A message in the thread of a build that already runs or ended: an answer to its question, or a hint. */
    private void afterIntake(ChatMessage m, Job job) {
        if (job.pendingQuestion().isPresent()) {
            if (!permissions.mayChange(m.owner(), job)) {
                if (m.addressed()) {
                    surface.say(m.thread(), refusal(job, "answer for this build"));
                }
                return;
            }
            String answer = m.files().isEmpty() ? m.text() : m.files().get(0).toString();
            try {
                Job queued = answers.answer(job.id(), answer);
                resume.submit(queued.id());
                surface.say(m.thread(), "Thanks — build " + job.id() + " continues.");
            } catch (BuildRefused e) {
                surface.say(m.thread(), e.getMessage());
            }
            return;
        }
        if (m.addressed()) {
            surface.say(
                    m.thread(),
                    "Build " + job.id() + " is " + Durations.statusWord(job.status()) + ". In this thread: `status`,"
                            + " `logs`, `cancel`, `resume`, `fork <changes>`, `help`.");
        }
    }

    private void cancel(ChatMessage m, Optional<IntakeState> here, Optional<Job> build) {
        if (here.isPresent() && here.get().isOpen()) {
            if (!here.get().owner().equals(m.owner()) && !permissions.isAdmin(m.owner())) {
                surface.say(m.thread(), "Only " + mention(here.get().owner()) + " or an admin can cancel this.");
                return;
            }
            deliver(
                    m.thread(),
                    m.user(),
                    intake.handle(Inbound.safe(m.thread(), here.get().owner(), "cancel", List.of(), false, null)));
            return;
        }
        change(m, build, "Nothing to cancel. " + noBuild(here), "cancel it", job -> {
            cancel.cancel(job.id());
            return "Cancelling build " + job.id() + "… (" + mention(m.owner()) + ")";
        });
    }

    private void resume(ChatMessage m, Optional<Job> build) {
        change(m, build, "There is no build in this thread to resume.", "resume it", job -> {
            Job queued = resume.prepare(job.id());
            resume.submit(queued.id());
            return "Resuming build " + job.id() + " from "
                    + queued.currentStage().map(s -> s.id()).orElse("the end") + ".";
        });
    }

    /** Changes the thread's build when the author may, and says what happened or why not. */
    private void change(
            ChatMessage m, Optional<Job> build, String noBuild, String action, Function<Job, String> change) {
        if (build.isEmpty()) {
            surface.say(m.thread(), noBuild);
            return;
        }
        Job job = build.get();
        if (!permissions.mayChange(m.owner(), job)) {
            surface.say(m.thread(), refusal(job, action));
            return;
        }
        String said;
        try {
            said = change.apply(job);
        } catch (BuildRefused e) {
            said = e.getMessage();
        }
        surface.say(m.thread(), said);
    }

    /** A new build from this one's request with the requester's own credentials, in a thread of its own. */
    private void fork(ChatMessage m, Optional<Job> build, String changes) {
        if (build.isEmpty()) {
            surface.say(m.thread(), "There is no build in this thread to fork.");
            return;
        }
        BuildRequest source = build.get().context().request();
        String text = source.text()
                + (source.target() == null ? "" : ", target column " + source.target())
                + (changes.isBlank() ? "" : ", " + changes.replaceFirst("(?i)^with\\s+", "with "));
        ThreadKey thread = surface.openThread(
                m.thread(),
                "🍴 Fork of build " + build.get().id() + " by " + mention(m.owner())
                        + (changes.isBlank() ? "" : ": " + changes));
        // The request was stored masked and the changes were masked as they came: nothing here is a credential.
        IntakeReply reply = intake.handle(Inbound.safe(thread, m.owner(), text, List.of(), false, source.dataset()));
        deliver(thread, m.user(), reply);
        surface.say(
                m.thread(), "Forked into a new thread" + (reply.job() == null ? "." : ": build " + reply.job() + "."));
    }

    private String statusOf(Job job) {
        BuildStatusQuery.View view = status.show(job.id());
        return String.join("\n", BuildCards.of(view.job(), view.events()).lines());
    }

    private String logsOf(Job job) {
        List<String> lines = status.tail(job.id(), LOG_LINES * 3).stream()
                .map(EventLines::render)
                .flatMap(Optional::stream)
                .map(String::strip)
                .toList();
        List<String> last = lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size());
        return last.isEmpty()
                ? "Build " + job.id() + " has no log lines yet."
                : "Last events of build " + job.id() + ":\n```\n" + String.join("\n", last) + "\n```";
    }

    private String builds(ThreadKey channel) {
        List<Job> jobs = status.inChannel(channel, CHANNEL_BUILDS);
        if (jobs.isEmpty()) {
            return surface.wording().noBuilds();
        }
        StringBuilder out = new StringBuilder("Builds in this channel:");
        for (Job job : jobs) {
            out.append("\n• `")
                    .append(job.id())
                    .append("` ")
                    .append(Durations.statusWord(job.status()))
                    .append(job.taskType().map(t -> " · " + t.id()).orElse(""))
                    .append(" · ")
                    .append(mention(job.owner()));
            Outcomes.links(job).stream()
                    .findFirst()
                    .ifPresent(l -> out.append(" · ").append(l));
        }
        return out.toString();
    }

    private String noBuild(Optional<IntakeState> here) {
        if (here.isPresent() && here.get().isOpen()) {
            Slot pending = here.get().pending();
            String waiting = pending == null
                    ? "."
                    : pending == Slot.CONFIRM
                            ? ": waiting for a yes to start."
                            : ": waiting for "
                                    + pending.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
            return "We are still describing this build" + waiting;
        }
        return "No build in this " + surface.wording().place() + " yet. "
                + surface.wording().howToStart();
    }

    private String refusal(Job job, String action) {
        return "Only " + mention(job.owner()) + " (who started build " + job.id() + ") or an admin can " + action
                + ". You can `fork` it to get your own copy.";
    }

    private Optional<Job> job(JobId id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(status.show(id).job());
        } catch (BuildRefused e) {
            return Optional.empty();
        }
    }

    private String mention(String owner) {
        return surface.mention(Owners.user(owner));
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines);
    }
}
