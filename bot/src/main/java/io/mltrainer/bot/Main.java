package io.mltrainer.bot;

import io.mltrainer.nlp.OnnxNatives;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mltrainer} command. Without a subcommand it opens the terminal chat. */
@Command(
        name = "mltrainer",
        mixinStandardHelpOptions = true,
        version = "mltrainer 0.1.0",
        description = "Describe a model in plain words; mltrainer builds, trains and saves it.",
        subcommands = {
            ChatCommand.class,
            RunCommand.class,
            ParseCommand.class,
            PlanCommand.class,
            JobsCommand.class,
            ShowCommand.class,
            PredictCommand.class,
            ResumeCommand.class,
            CancelCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
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
        // ONNX Runtime loads its native libraries from the home instead of extracting them to /tmp on every start
        OnnxNatives.useHome(Settings.homeOf(launch.env()).toAbsolutePath().normalize());
        System.exit(execute(args, launch, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams; returns the exit code (0 ok, 1 build failed, 2 bad input). */
    static int execute(String[] args, Launch launch, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main(launch))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return e instanceof IllegalArgumentException ? ExitCodes.BAD_INPUT : ExitCodes.FAILED;
                });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        ChatCommand.chat(launch);
    }
}
