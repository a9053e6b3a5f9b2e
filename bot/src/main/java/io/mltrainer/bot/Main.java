package io.mltrainer.bot;

import io.mltrainer.nlp.OnnxNatives;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mltrainer} command. Without a subcommand it opens the terminal chat. */
@Command(
        name = "mltrainer",
        mixinStandardHelpOptions = true,
        version = "mltrainer 0.1.0",
        description = "Describe a model in plain words; mltrainer builds, trains and saves it.")
public final class Main implements Runnable {
    /**
     * The subcommands by name, in the order the usage help lists them. Picocli reads each one's annotations by
     * reflection when it is added; a command line that names one gets only that one (about 0.1 s less for
     * {@code jobs}), anything else ({@code help}, no subcommand, an unknown word) gets them all.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    /** The subcommands that open the store only: no language model, sentence encoder or surface. */
    static final Set<String> STORE_ONLY = Set.of("jobs", "show", "cancel");

    final Launch launch;

    Main(Launch launch) {
        this.launch = launch;
    }

    static {
        // jOOQ prints a logo and tips at start-up; a command line tool must not.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    public static void main(String[] args) {
        // Before any logger exists: MLTRAINER_LOG_FORMAT=json gives one JSON object per log line.
        LogFormat.apply(System.getenv());
        // The log masking layer: whatever any library prints, a credential never reaches the terminal or a log file.
        System.setOut(new MaskingPrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out)));
        System.setErr(new MaskingPrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err)));
        Launch launch = Launch.ofProcess();
        // ONNX Runtime loads its native libraries from the home instead of extracting them to /tmp on every start;
        // the commands that touch the store only never load it
        if (args.length == 0 || !STORE_ONLY.contains(args[0])) {
            OnnxNatives.useHome(Settings.homeOf(launch.env()).toAbsolutePath().normalize());
        }
        System.exit(execute(args, launch, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams; returns the exit code (0 ok, 1 build failed, 2 bad input). */
    static int execute(String[] args, Launch launch, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main(launch));
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (named != null) {
            commandLine.addSubcommand(named);
        } else {
            for (Class<?> subcommand : SUBCOMMANDS.values()) {
                commandLine.addSubcommand(subcommand);
            }
            commandLine.addSubcommand(CommandLine.HelpCommand.class);
        }
        commandLine.setOut(out).setErr(err).setExecutionExceptionHandler(new Failures());
        return commandLine.execute(args);
    }

    /**
     * A command that threw: its message on stderr, exit 2 for bad input, else 1. A class, not a lambda: the lambda of a
     * picocli (Java 5 class file) interface would keep picocli out of the class-data-sharing archive.
     */
    private static final class Failures implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return e instanceof IllegalArgumentException ? ExitCodes.BAD_INPUT : ExitCodes.FAILED;
        }
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> subcommands = new LinkedHashMap<>();
        subcommands.put("chat", ChatCommand.class);
        subcommands.put("run", RunCommand.class);
        subcommands.put("parse", ParseCommand.class);
        subcommands.put("plan", PlanCommand.class);
        subcommands.put("jobs", JobsCommand.class);
        subcommands.put("show", ShowCommand.class);
        subcommands.put("predict", PredictCommand.class);
        subcommands.put("resume", ResumeCommand.class);
        subcommands.put("cancel", CancelCommand.class);
        subcommands.put("serve", ServeCommand.class);
        return Collections.unmodifiableMap(subcommands);
    }

    @Override
    public void run() {
        ChatCommand.chat(launch);
    }
}
