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

    /**
     * For a command that runs for a moment and touches the store only ({@code jobs}, {@code show}, {@code cancel}):
     * the schema is migrated only when it is behind this build.
     */
    Application openBriefly() {
        return Application.openBriefly(main.launch.settings(), main.launch.workingDirectory(), main.launch.env());
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
