package io.mltrainer.console;

import io.mltrainer.core.chat.EventLines;
import io.mltrainer.core.chat.Outcomes;
import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.domain.YesNo;
import io.mltrainer.core.port.in.ChatMessage;
import io.mltrainer.core.port.in.ChatUseCase;
import io.mltrainer.core.port.out.BuildCard;
import io.mltrainer.core.port.out.ChatSurface;
import io.mltrainer.core.port.out.EventListener;
import io.mltrainer.core.port.out.Wording;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terminal chat: a chat surface like Slack and Discord, with one thread and one user. Every line typed goes to
 * the {@link ChatUseCase} (the request, answers, {@code status}, {@code cancel}, {@code resume}, {@code fork},
 * {@code try}, {@code help}); the terminal only prints what the conversations say, renders its builds' events as
 * live stage lines, and waits before the next prompt while a build runs its checks.
 */
public final class ConsoleChat implements ChatSurface {
    private static final String PROMPT = "you> ";
    private static final Set<String> QUIT = Set.of("quit", "exit", "bye");
    private static final Wording WORDING = new Wording(
            "session",
            "Describe the model you want.",
            "No builds yet.",
            "Describe the model you want, naming a CSV file, e.g. 'predict price from data/houses.csv'.\n"
                    + "Commands: status, cancel, resume, jobs, help, quit. Also: logs, fork <changes>, try <input>.");

    private final ChatServices services;
    private final Terminal terminal;
    private final String user;
    private final ThreadKey thread;
    private final ChatUseCase conversations;
    private final BuildWatch watch;
    /** Builds whose events this terminal shows (those of its thread, and one it resumed from a dead process). */
    private final Map<JobId, Boolean> shown = new ConcurrentHashMap<>();
    /** A build resumed from a dead process: the session's build until this thread starts one of its own. */
    private volatile JobId previous;

    public ConsoleChat(ChatServices services, Terminal terminal, String owner) {
        this.services = services;
        this.terminal = terminal;
        this.user = owner;
        // One terminal conversation per user: an intake interrupted by closing the terminal continues next time.
        this.thread = ThreadKey.terminal(owner);
        this.watch = new BuildWatch(services.status());
        this.conversations = services.conversations().apply(this);
    }

    /** Runs until the person quits or the input ends; then waits for a build that is still running. */
    public void run() {
        EventListener listener = this::onEvent;
        services.events().subscribe(listener);
        try {
            greet();
            offerPreviousSession();
            conversations.describing(thread).ifPresent(open -> {
                terminal.println(
                        "We were describing a model: \"" + open.fields().request() + "\".");
                if (open.pending() != null) {
                    terminal.println(open.pending().prompt());
                }
            });
            for (String line; (line = terminal.readLine(PROMPT)) != null; ) {
                String typed = line.strip();
                if (QUIT.contains(typed.toLowerCase(Locale.ROOT))) {
                    break;
                }
                if (!typed.isEmpty()) {
                    conversations.handle(new ChatMessage(thread, user, typed, true, true, List.of()));
                    current().ifPresent(watch::awaitChecks);
                }
            }
            current().ifPresent(this::awaitEnd);
        } finally {
            services.events().unsubscribe(listener);
        }
    }

    private void greet() {
        terminal.println("mltrainer — describe a model in plain words; I build, train and save it.");
        terminal.println("Try: predict the species of iris flowers from examples/iris.csv");
        terminal.println("Type 'help' for commands, 'quit' to leave.");
    }

    /** A build a process that died left behind: resumed here (through the conversations) on an R or a yes. */
    private void offerPreviousSession() {
        List<Job> abandoned = services.status().unfinished().stream()
                .filter(j -> !j.leaseHeld(services.clock().instant(), services.workers()::isAlive))
                .toList();
        if (abandoned.isEmpty()) {
            return;
        }
        Job last = abandoned.get(0);
        terminal.println("Previous session found: build " + last.id() + " ("
                + last.taskType().map(t -> t.id()).orElse("not yet understood") + ", stopped at "
                + last.currentStage().map(Stage::id).orElse("the end") + ").");
        String answer = terminal.readLine("[R] Resume [N] New session: ");
        if (answer != null && resumes(answer)) {
            shown.put(last.id(), true);
            previous = last.id();
            conversations.press(thread, user, ChatUseCase.Button.RESUME, last.id());
            watch.awaitChecks(last.id());
        }
    }

    /** "R" or "resume", or a yes in the one yes/no vocabulary. */
    static boolean resumes(String answer) {
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.equals("r") || a.startsWith("resume") || YesNo.of(a) == YesNo.YES;
    }

    private Optional<JobId> current() {
        Optional<JobId> own = conversations.build(thread).map(Job::id);
        own.ifPresent(id -> shown.put(id, true));
        return own.isPresent() ? own : Optional.ofNullable(previous);
    }

    private void awaitEnd(JobId id) {
        JobStatus status = services.status().show(id).job().status();
        if (status.isTerminal() || status == JobStatus.INTAKE) {
            return; // over, or still being described: nothing runs
        }
        terminal.println("Waiting for build " + id + " to finish (Ctrl-C stops; 'resume' continues it later)…");
        watch.awaitEnd(id);
    }

    private void onEvent(EventRecord record) {
        if (!isShown(record.jobId())) {
            return;
        }
        EventLines.render(record).ifPresent(terminal::println);
        if (record.event() instanceof JobEvent.BuildFinished) {
            report(record.jobId());
        }
        watch.onEvent(record);
    }

    private boolean isShown(JobId id) {
        return shown.computeIfAbsent(
                id, j -> services.status().show(j).job().thread().equals(thread));
    }

    /** The end of a run: its question, or its outcome. */
    private void report(JobId id) {
        Job job = services.status().show(id).job();
        Optional<String> question = job.pendingQuestion().map(q -> q.prompt());
        if (question.isPresent()) {
            terminal.println(question.get());
        } else {
            Outcomes.describe(job).forEach(terminal::println);
        }
    }

    @Override
    public String platform() {
        return thread.platform();
    }

    @Override
    public void say(ThreadKey where, String text) {
        text.lines().forEach(terminal::println);
    }

    /** The terminal is private: a credential is asked for right here. */
    @Override
    public void askPrivately(ThreadKey buildThread, String asked, Slot slot, String prompt) {
        terminal.println(prompt);
    }

    /** The terminal is one thread: a fork becomes this session's build. */
    @Override
    public ThreadKey openThread(ThreadKey near, String text) {
        terminal.println(text);
        return thread;
    }

    /** The results are in the build's output folder, which the outcome names. */
    @Override
    public void shareFile(ThreadKey where, String fileName, byte[] content, String comment) {
        terminal.println(comment);
    }

    /** The terminal shows live stage lines instead of a card. */
    @Override
    public void showCard(ThreadKey where, BuildCard card) {
        // nothing to show: the stage lines already said it
    }

    @Override
    public Wording wording() {
        return WORDING;
    }

    @Override
    public String mention(String someone) {
        return someone;
    }
}
