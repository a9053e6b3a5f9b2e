package io.mltrainer.core.intake;

import io.mltrainer.core.domain.Answer;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;
import io.mltrainer.core.domain.IntakeFields;
import io.mltrainer.core.domain.IntakeResult;
import io.mltrainer.core.domain.IntakeState;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.OwnerModel;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.Understanding;
import io.mltrainer.core.domain.YesNo;
import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.port.out.IntakeRepository;
import io.mltrainer.core.port.out.IntentParser;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.port.out.StoredSecret;
import io.mltrainer.core.usecase.StartBuild;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The intake dialogue of one thread: takes a message already masked ({@link Inbound#masked}), takes the message as the request or as the answer to the
 * open question, validates credentials live, and asks for what is still missing. When everything is there it shows
 * a summary and starts the build only on the user's yes. The state is saved after every message.
 */
public final class ContinueIntake {
    private static final Pattern ABANDON = Pattern.compile("(?i)^\\s*(cancel|stop|forget it|never ?mind)[.!]*\\s*$");

    private final IntakeRepository intakes;
    private final IntentParser parser;
    private final SecretVault vault;
    private final CredentialChecks checks;
    private final IntakeTurn llmTurn;
    private final StartBuild builds;
    private final IntakeRules rules;
    private final Clock clock;

    public ContinueIntake(
            IntakeRepository intakes,
            IntentParser parser,
            SecretVault vault,
            CredentialChecks checks,
            IntakeTurn llmTurn,
            StartBuild builds,
            IntakeSettings settings,
            Clock clock) {
        this.intakes = intakes;
        this.parser = parser;
        this.vault = vault;
        this.checks = checks;
        this.llmTurn = llmTurn;
        this.builds = builds;
        this.rules = new IntakeRules(settings.defaultTarget());
        this.clock = clock;
    }

    /** The open intake of a thread, if there is one. */
    public Optional<IntakeState> open(io.mltrainer.core.domain.ThreadKey thread) {
        return intakes.find(thread).filter(IntakeState::isOpen);
    }

    /**
     * The open intake of {@code owner} that waits for a credential, newest first: where an answer given in a DM or
     * a modal belongs.
     */
    public Optional<IntakeState> awaitingPrivateAnswer(String owner) {
        return intakes.awaitingPrivateAnswer(owner);
    }

    public IntakeReply handle(Inbound inbound) {
        IntakeState state = intakes.find(inbound.thread())
                .filter(IntakeState::isOpen)
                .orElseGet(() -> IntakeState.start(inbound.thread(), inbound.author(), clock.instant()));
        Slot asked = state.pending();
        List<String> messages = new ArrayList<>();
        if (inbound.exposed()) {
            messages.add(SecretGuard.EXPOSED_WARNING);
        }
        String text = inbound.text().trim();
        Turn turn = new Turn(state, messages, inbound.privateChannel());
        turn.exposed = inbound.exposed();
        if (ABANDON.matcher(text).matches()) {
            turn.state = state.abandoned();
            if (state.jobId() != null) {
                builds.abandon(state.jobId());
            }
            messages.add("OK, I dropped this request. Describe a new model whenever you like.");
            return turn.save(null);
        }
        // The one place the reply to the intake's question is read: what follows acts on a typed answer.
        Answer answer = asked == null ? null : Answer.to(asked, text, inbound.refs());
        if (text.isEmpty() && inbound.dataset() != null) {
            // Only a file: it is the data; the request may still be missing.
        } else if (asked == null && state.fields().request() == null) {
            turn.takeRequest(text, inbound.refs());
        } else if (answer instanceof Answer.Decision decision) {
            switch (decision.value()) {
                case YES -> {
                    return turn.start();
                }
                case NO -> {
                    messages.add("OK, not started. What should I change? (the data, the runtime, the name, …)"
                            + " Or say `cancel` to drop it.");
                    turn.state = turn.state.asking(null);
                    return turn.save(null);
                }
                case UNCLEAR -> {
                    if (!turn.reviseIfUnderstood(text, inbound.refs(), inbound.dataset() != null)) {
                        // Unless a language model answers these words itself, a hint, not the summary again.
                        turn.unclear = text;
                    }
                }
            }
        } else if (answer != null) {
            turn.answer(asked, answer, inbound.refs());
        } else {
            turn.revise(text, inbound.refs());
        }
        if (inbound.dataset() != null) {
            turn.attach(inbound.dataset());
        }
        turn.offerStoredCredentials();
        Optional<IntakeTurn.Outcome> conversed = llmTurn.converse(turn.state, text);
        if (conversed.isPresent()) {
            turn.state = conversed.get().state();
            if (!conversed.get().reply().isBlank()) {
                messages.add(conversed.get().reply());
            }
            turn.state = checks.validate(turn.state, messages);
        }
        return turn.askNext(conversed.map(o -> !o.reply().isBlank()).orElse(false));
    }

    /** The work of one message: the state as it changes, and what to say. */
    private final class Turn {
        IntakeState state;
        final List<String> messages;
        final boolean privateChannel;
        boolean exposed;
        /** Words at the confirmation that were neither a yes, a no nor a change. */
        String unclear;

        Turn(IntakeState state, List<String> messages, boolean privateChannel) {
            this.state = state;
            this.messages = messages;
            this.privateChannel = privateChannel;
        }

        void takeRequest(String text, List<SecretRef> refs) {
            if (state.jobId() == null) {
                // The build exists from the first message on, so every check of the intake is in its event log.
                state = state.withJob(
                        builds.open(state.owner(), state.thread(), text).id());
            }
            IntakeFields.Builder f = state.fields().toBuilder();
            f.request = text;
            f.parsed = parser.parse(text).orElse(null);
            state = state.with(f.build());
            takeCredentials(refs);
        }

        /** More words about the same build: re-read the whole request with them. */
        void revise(String text, List<SecretRef> refs) {
            IntakeFields.Builder f = state.fields().toBuilder();
            f.request = f.request == null ? text : f.request + " " + text;
            f.parsed = parser.parse(f.request).orElse(f.parsed);
            if (f.parsed != null && f.parsed.runtime() != null && mentionsRuntime(text)) {
                f.runtime = f.parsed.runtime().kind();
            }
            state = state.with(f.build());
            takeCredentials(refs);
        }

        /**
         * Words that are neither a yes nor a no while the summary waits: a change when they change what was
         * understood (another runtime, other data), else nothing is kept and the caller hints what is expected.
         */
        boolean reviseIfUnderstood(String text, List<SecretRef> refs, boolean withFile) {
            IntakeState before = state;
            revise(text, refs);
            IntakeFields was = before.fields();
            IntakeFields now = state.fields();
            boolean changed = withFile
                    || !refs.isEmpty()
                    || !java.util.Objects.equals(withoutWords(was.parsed()), withoutWords(now.parsed()))
                    || was.runtime() != now.runtime();
            if (!changed) {
                state = before;
            }
            return changed;
        }

        /** The answer to the intake's question {@code slot}; {@code refs} are the credentials the message held. */
        void answer(Slot slot, Answer answer, List<SecretRef> refs) {
            IntakeFields.Builder f = state.fields().toBuilder();
            if (answer instanceof Answer.FreeText request) {
                takeRequest(request.said(), refs);
                return;
            } else if (answer instanceof Answer.DatasetRef data) {
                f.dataset = data.location();
            } else if (answer instanceof Answer.Name name) {
                f.repoName = name.name();
            } else if (answer instanceof Answer.Secret secret && secret.isEmpty()) {
                messages.add(
                        privateChannel
                                ? "That did not look like a credential. " + slot.prompt()
                                : "Please send credentials only in a private message, never here.");
                return;
            }
            state = state.with(f.build());
            takeCredentials(refs);
        }

        /** A file that came with the message is the data, whatever the words said. */
        void attach(String dataset) {
            IntakeFields.Builder f = state.fields().toBuilder();
            f.dataset = dataset;
            state = state.with(f.build());
            messages.add("I'll learn from `" + java.nio.file.Path.of(dataset).getFileName() + "`.");
        }

        /** Files every credential the message held under the field its kind belongs to, then checks them. */
        void takeCredentials(List<SecretRef> refs) {
            for (SecretRef ref : refs) {
                IntakeFields.Builder f = state.fields().toBuilder();
                SecretKind kind = ref.kind() == SecretKind.GENERIC && state.pending() != null
                        ? state.pending().secretKind()
                        : ref.kind();
                switch (kind) {
                    case HF_TOKEN -> f.hfToken = ref;
                    case KAGGLE_TOKEN -> f.kaggleToken = ref;
                    case KAGGLE_KEY -> f.kaggleKey = ref;
                    case MODAL_TOKEN_ID -> f.modalTokenId = ref;
                    case MODAL_TOKEN_SECRET -> f.modalTokenSecret = ref;
                    case ANTHROPIC_KEY, OPENAI_KEY, GEMINI_KEY, GROQ_KEY -> {
                        f.ownerKey = ref;
                        f.ownerProvider = CredentialChecks.providerOf(kind);
                    }
                    default -> {
                        continue;
                    }
                }
                state = state.with(f.build());
            }
            if (!refs.isEmpty()) {
                state = checks.validate(state, messages);
            }
        }

        /** Credentials the user stored earlier are reused, and checked again, instead of asked for. */
        void offerStoredCredentials() {
            List<Slot> missing = rules.missing(state);
            List<StoredSecret> stored = vault.list(state.owner());
            IntakeFields.Builder f = state.fields().toBuilder();
            boolean found = false;
            if (missing.contains(Slot.HF_TOKEN) && f.hfToken == null) {
                Optional<SecretRef> hf = latest(stored, SecretKind.HF_TOKEN);
                if (hf.isPresent()) {
                    f.hfToken = hf.get();
                    found = true;
                }
            }
            if (missing.contains(Slot.KAGGLE_CREDENTIALS) && f.kaggleToken == null && f.kaggleKey == null) {
                Optional<SecretRef> kaggle = latest(stored, SecretKind.KAGGLE_TOKEN);
                if (kaggle.isPresent()) {
                    f.kaggleToken = kaggle.get();
                    found = true;
                }
            }
            if (found) {
                state = state.with(f.build());
                state = checks.validate(state, messages);
            }
        }

        IntakeReply askNext() {
            return askNext(false);
        }

        /** Asks for the first missing slot; when a model already spoke this turn, its words ask instead of ours. */
        IntakeReply askNext(boolean modelSpoke) {
            List<Slot> missing = rules.missing(state);
            if (!missing.isEmpty()) {
                Slot next = missing.get(0);
                state = state.asking(next);
                if (next.isCredential() && !privateChannel) {
                    messages.add("I need " + describe(next) + ". I'll ask you privately, not in this thread.");
                    return save(next);
                }
                if (!modelSpoke) {
                    messages.add(next.prompt());
                }
                return save(null);
            }
            state = state.asking(Slot.CONFIRM);
            if (unclear != null && !modelSpoke) {
                messages.add(YesNo.hint(unclear) + " Or tell me what to change.");
                return save(null);
            }
            messages.add(summary());
            messages.add(Slot.CONFIRM.prompt());
            return save(null);
        }

        IntakeReply start() {
            if (!rules.complete(state)) {
                // The confirmation came while something became invalid again: say what, and ask.
                messages.add("Not yet: something is still missing.");
                return askNext();
            }
            BuildRequest request = buildRequest();
            Job job = builds.begin(state.jobId(), request).job();
            state = state.started(job.id());
            messages.add("Build " + job.id() + " started.");
            return save(null, job);
        }

        IntakeReply save(Slot askPrivately) {
            return save(askPrivately, null);
        }

        private IntakeReply save(Slot askPrivately, Job started) {
            state = intakes.save(state.at(clock.instant()));
            return new IntakeReply(
                    messages, state.jobId(), askPrivately, started == null ? null : started.id(), exposed);
        }

        private String summary() {
            IntakeFields f = state.fields();
            String task = f.parsed() == null
                    ? "a model (I'll tell the kind from the data)"
                    : "a " + f.parsed().taskType().id().replace('_', ' ') + " model";
            String where = rules.target(f) == DeployTarget.HUGGINGFACE
                    ? "publish it to the Hugging Face Hub as " + f.hfNamespace() + "/" + f.repoName()
                    : "save it in the local model registry";
            return "I'll build " + task + " from " + rules.dataset(f).orElse("?") + ", train it "
                    + rules.runtime(f).where() + " and " + where + ".";
        }

        private BuildRequest buildRequest() {
            IntakeFields f = state.fields();
            DeployTarget target = rules.target(f);
            DeploymentSpec parsedDeployment =
                    f.parsed() == null ? DeploymentSpec.LOCAL : f.parsed().deployment();
            DeploymentSpec deployment = new DeploymentSpec(
                    target,
                    f.hfNamespace(),
                    f.repoName(),
                    parsedDeployment.isPrivate(),
                    parsedDeployment.space(),
                    parsedDeployment.spaceToken(),
                    parsedDeployment.chosen() || target == DeployTarget.HUGGINGFACE);
            RuntimeSpec runtime = new RuntimeSpec(
                    rules.runtime(f),
                    f.parsed() == null ? null : f.parsed().runtime().accelerator());
            Credentials credentials = new Credentials(
                    f.hfToken(),
                    f.kaggleToken(),
                    f.kaggleUsername(),
                    f.kaggleKey(),
                    f.modalTokenId(),
                    f.modalTokenSecret(),
                    f.ownerKey() == null ? null : new OwnerModel(f.ownerProvider(), f.ownerKey(), null));
            String target0 = f.parsed() == null || f.parsed().dataset() == null
                    ? null
                    : f.parsed().dataset().target();
            // What the summary showed is what the build works from: the intent stage does not read the words again.
            return new BuildRequest(
                            f.request(),
                            rules.dataset(f).orElse(null),
                            target0,
                            target == DeployTarget.HUGGINGFACE ? f.repoName() : null,
                            null,
                            new IntakeResult(runtime, deployment, credentials))
                    .withUnderstanding(new Understanding(f.parsed()));
        }
    }

    private static Optional<SecretRef> latest(List<StoredSecret> stored, SecretKind kind) {
        return stored.stream()
                .filter(s -> s.ref().kind() == kind)
                .max(java.util.Comparator.comparing(StoredSecret::createdAt))
                .map(StoredSecret::ref);
    }

    /** What a parse understood, without the request's words it keeps as its description. */
    private static ParsedIntent withoutWords(ParsedIntent p) {
        return p == null
                ? null
                : new ParsedIntent(
                        p.taskType(),
                        "",
                        p.expertise(),
                        p.dataset(),
                        p.hyperparameters(),
                        p.fineTuning(),
                        p.precision(),
                        p.baseModel(),
                        p.deployment(),
                        p.runtime(),
                        p.modelName(),
                        p.unconfirmed());
    }

    private static boolean mentionsRuntime(String text) {
        return Pattern.compile("(?i)\\b(local(ly)?|kaggle|modal)\\b")
                .matcher(text)
                .find();
    }

    private static String describe(Slot slot) {
        return switch (slot) {
            case HF_TOKEN -> "a Hugging Face token";
            case KAGGLE_CREDENTIALS -> "your Kaggle credentials";
            case MODAL_TOKEN_ID, MODAL_TOKEN_SECRET -> "a Modal token";
            default -> slot.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
