package io.mltrainer.bot;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: configuration from the environment and the wired application. */
abstract class AppCommand {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    Application open() {
        return open(false);
    }

    /** {@code offline} switches every language model off for this command ({@code --offline}). */
    Application open(boolean offline) {
        return Application.open(
                main.launch.settings().offline(offline), main.launch.workingDirectory(), main.launch.env());
    }

    java.nio.file.Path workingDirectory() {
        return main.launch.workingDirectory();
    }

    java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
