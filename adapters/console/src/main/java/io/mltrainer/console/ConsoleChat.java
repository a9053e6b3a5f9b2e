package io.mltrainer.console;

import io.mltrainer.core.chat.EventLines;
import io.mltrainer.core.chat.Outcomes;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.intake.Inbound;
import io.mltrainer.core.intake.IntakeReply;
import io.mltrainer.core.port.EventListener;
import io.mltrainer.core.usecase.AnswerQuestion;
import io.mltrainer.core.usecase.BuildRefused;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;

/**
 * The terminal chat: a request in plain words, a question for what is missing, live stage lines, the result. While
 * a build runs the person can still type {@code status}, {@code cancel}, {@code resume}, {@code jobs}.
 */
public final class ConsoleChat {
    private static final String PROMPT = "you> ";

    private final ChatServices services;
    private final Terminal terminal;
    private final String owner;
    private final ThreadKey thread;
    private volatile JobId current;
    private volatile CountDownLatch running = new CountDownLatch(0);
    private volatile Failure pendingQuestion;
    private volatile CountDownLatch checksDone = new CountDownLatch(0);

    public ConsoleChat(ChatServices services, Terminal terminal, String owner) {
        this.services = services;
        this.terminal = terminal;
        this.owner = owner;
        // One terminal conversation per user: an intake interrupted by closing the terminal continues next time.
        this.thread = ThreadKey.terminal(owner);
    }

    /** Runs until the person quits or the input ends; then waits for a build that is still running. */
    public void run() {
        EventListener listener = this::onEvent;
        services.events().subscribe(listener);
        try {
            greet();
            offerPreviousSession();
            services.intake().open(thread).ifPresent(open -> {
                current = open.jobId();
                terminal.println(
                        "We were describing a model: \"" + open.fields().request() + "\".");
                if (open.pending() != null) {
                    terminal.println(open.pending().prompt());
                }
            });
            for (String line; (line = terminal.readLine(PROMPT)) != null; ) {
                if (!handle(line.trim())) {
                    break;
                }
            }
            awaitRunning();
        } finally {
            services.events().unsubscribe(listener);
        }
    }

    private void greet() {
        terminal.println("mltrainer — describe a model in plain words; I build, train and save it.");
        terminal.println("Try: predict the species of iris flowers from examples/iris.csv");
        terminal.println("Type 'help' for commands, 'quit' to leave.");
    }

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
        if (answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("r")) {
            resume(last.id(), UnaryOperator.identity());
        }
    }

    /** Handles one line; false to quit. */
    private boolean handle(String line) {
        if (line.isEmpty()) {
            return true;
        }
        String word = line.toLowerCase(Locale.ROOT);
        switch (word) {
            case "quit", "exit", "bye" -> {
                return false;
            }
            case "help", "?" -> help();
            case "status" -> status();
            case "cancel" -> cancel();
            case "resume" -> resumeCurrent();
            case "jobs", "builds" -> jobs();
            default -> {
                if (pendingQuestion != null) {
                    answer(line);
                } else {
                    converse(line);
                }
            }
        }
        return true;
    }

    private void help() {
        terminal.println("Describe the model you want, naming a CSV file, e.g. 'predict price from data/houses.csv'.");
        terminal.println("Commands: status, cancel, resume, jobs, help, quit.");
    }

    /** Anything that is not a command is part of the intake dialogue: the request, an answer, a yes. */
    private void converse(String text) {
        if (isRunning()) {
            terminal.println("Build " + current + " is still running: 'status' shows it, 'cancel' stops it.");
            return;
        }
        CountDownLatch checks = new CountDownLatch(1);
        checksDone = checks;
        IntakeReply reply = services.intake().handle(new Inbound(thread, owner, text, true));
        if (reply.job() != null) {
            current = reply.job();
        }
        reply.messages().forEach(terminal::println);
        if (reply.started() != null) {
            watch(reply.started(), checks);
        }
    }

    /** An answer the question cannot take (a "maybe later" to a go-ahead) is told why and the question stays open. */
    private void answer(String text) {
        Failure question = pendingQuestion;
        UnaryOperator<BuildRequest> revision;
        try {
            revision = AnswerQuestion.revision(question.question(), text);
        } catch (BuildRefused e) {
            terminal.println(e.getMessage());
            return;
        }
        pendingQuestion = null;
        resume(current, revision);
    }

    private void status() {
        if (current == null) {
            terminal.println("No build in this session yet. 'jobs' lists earlier ones.");
            return;
        }
        try {
            Job job = services.status().show(current).job();
            terminal.println("Build " + job.id() + ": " + job.status().name().toLowerCase(Locale.ROOT)
                    + job.currentStage().map(s -> ", at " + s.id()).orElse(""));
            services.status().tail(current, 3).forEach(r -> EventLines.render(r).ifPresent(terminal::println));
        } catch (BuildRefused e) {
            terminal.println(e.getMessage());
        }
    }

    private void cancel() {
        if (!isRunning() && services.intake().open(thread).isPresent()) {
            converse("cancel");
            return;
        }
        if (current == null) {
            terminal.println("Nothing to cancel.");
            return;
        }
        try {
            services.cancel().cancel(current);
            terminal.println("Cancelling build " + current + "…");
        } catch (BuildRefused e) {
            terminal.println(e.getMessage());
        }
    }

    private void resumeCurrent() {
        if (current == null) {
            terminal.println("No build in this session to resume. 'jobs' lists earlier ones.");
            return;
        }
        resume(current, UnaryOperator.identity());
    }

    private void resume(JobId id, UnaryOperator<BuildRequest> revise) {
        try {
            services.resume().prepare(id, revise);
            current = id;
            CountDownLatch checks = new CountDownLatch(1);
            checksDone = checks;
            running = new CountDownLatch(1);
            services.resume().submit(id);
            await(checks);
        } catch (BuildRefused e) {
            terminal.println(e.getMessage());
        }
    }

    private void jobs() {
        List<Job> jobs = services.status().list(10);
        if (jobs.isEmpty()) {
            terminal.println("No builds yet.");
        }
        for (Job job : jobs) {
            terminal.println(job.id() + "  " + job.status().name().toLowerCase(Locale.ROOT) + "  "
                    + job.taskType().map(t -> t.id()).orElse("-") + "  "
                    + job.currentStage().map(Stage::id).orElse("done"));
        }
    }

    /** Waits until the build's checks are over (it trains, ended, or asks), the way a person expects an answer. */
    private void watch(JobId id, CountDownLatch checks) {
        current = id;
        running = new CountDownLatch(1);
        if (services.status().show(id).job().status().isTerminal()) {
            return;
        }
        await(checks);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(JobId id) {
        Job job = services.status().show(id).job();
        Failure failure = job.context().failure();
        if (failure != null && failure.kind() == FailureKind.NEEDS_ANSWER && failure.question() != null) {
            pendingQuestion = failure;
            terminal.println(failure.question().prompt());
            return;
        }
        Outcomes.describe(job).forEach(terminal::println);
    }

    private boolean isRunning() {
        return running.getCount() > 0;
    }

    private void awaitRunning() {
        if (!isRunning()) {
            return;
        }
        terminal.println("Waiting for build " + current + " to finish (Ctrl-C stops; 'resume' continues it later)…");
        await(running);
    }

    private void onEvent(EventRecord record) {
        if (!record.jobId().equals(current)) {
            return;
        }
        EventLines.render(record).ifPresent(terminal::println);
        if (record.event() instanceof JobEvent.StageStarted started && started.stage() == Stage.TRAIN) {
            checksDone.countDown();
        }
        if (record.event() instanceof JobEvent.BuildFinished) {
            // The latches of this run: once the question is shown the person may answer at once, and the resumed
            // run gets new latches that this (finished) run must not open.
            CountDownLatch checks = checksDone;
            CountDownLatch run = running;
            try {
                report(record.jobId());
            } finally {
                checks.countDown();
                run.countDown();
            }
        }
    }
}
