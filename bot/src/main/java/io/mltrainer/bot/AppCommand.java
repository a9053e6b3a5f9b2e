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
        return Application.open(main.launch.settings(), main.launch.workingDirectory(), main.launch.env());
    }

    java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
