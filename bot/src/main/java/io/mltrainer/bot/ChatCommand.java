package io.mltrainer.bot;

import io.mltrainer.console.ChatServices;
import io.mltrainer.console.ConsoleChat;
import io.mltrainer.console.JLineTerminal;
import io.mltrainer.console.StreamTerminal;
import io.mltrainer.console.Terminal;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "chat", mixinStandardHelpOptions = true, description = "The terminal chat (the default command).")
final class ChatCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        return chat(main.launch);
    }

    /** A line-editing terminal when there is a console, plain streams when input is piped. */
    static int chat(Launch launch) {
        Settings settings = launch.settings();
        try (Application app = Application.open(settings, launch.workingDirectory())) {
            // The prompt comes at once; the sentence encoder loads meanwhile.
            app.warmUp();
            Terminal terminal = System.console() != null && launch.in() == System.in
                    ? new JLineTerminal()
                    : new StreamTerminal(
                            new BufferedReader(new InputStreamReader(launch.in(), StandardCharsets.UTF_8)),
                            new PrintStream(System.out, true, StandardCharsets.UTF_8));
            try {
                chat(app, terminal, settings).run();
            } finally {
                if (terminal instanceof AutoCloseable closeable) {
                    closeQuietly(closeable);
                }
            }
        }
        return ExitCodes.OK;
    }

    static ConsoleChat chat(Application app, Terminal terminal, Settings settings) {
        ChatServices services =
                new ChatServices(app::conversations, app.status(), app.events(), app.workers(), app.clock());
        return new ConsoleChat(services, terminal, settings.owner());
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // the terminal goes away with the process
        }
    }
}
