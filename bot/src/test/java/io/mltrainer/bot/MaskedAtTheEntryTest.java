package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.console.StreamTerminal;
import io.mltrainer.core.chat.Conversations;
import io.mltrainer.core.domain.IntakeState;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.port.in.ChatMessage;
import io.mltrainer.core.port.out.StoredSecret;
import io.mltrainer.core.testing.FakeCredentials;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A token typed on any surface is masked where the text enters {@link Conversations}: the terminal, Slack and
 * Discord hand over raw text, and whatever path the message then takes (the intake, a command) sees only the
 * reference. A Slack bot token is used: no service checks it, so nothing but the entry can have masked it.
 */
class MaskedAtTheEntryTest {
    private static final String TOKEN = FakeCredentials.SLACK_BOT.value();

    @TempDir
    Path home;

    @TempDir
    Path work;

    private Cli cli;
    private Application app;

    @BeforeEach
    void open() {
        cli = new Cli(home, work);
        app = Application.open(cli.settings(), work, cli.env);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void a_token_typed_in_the_terminal_is_stored_as_a_reference_and_never_printed() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        StreamTerminal terminal = new StreamTerminal(
                new BufferedReader(new StringReader("classify spam sms, my slack token is " + TOKEN + "\nquit\n")),
                new PrintStream(screen, true, StandardCharsets.UTF_8));

        ChatCommand.chat(app, terminal, cli.settings()).run();

        assertThat(screen.toString(StandardCharsets.UTF_8)).doesNotContain(TOKEN);
        assertThat(kinds("tester")).contains(SecretKind.SLACK_TOKEN.id());
        assertThat(request(ThreadKey.terminal(cli.settings().owner())))
                .doesNotContain(TOKEN)
                .contains("secret:");
    }

    @Test
    void a_token_pasted_in_a_slack_thread_is_masked_before_the_intake_and_its_owner_told() {
        RecordingSurface slack = new RecordingSurface("slack");
        ThreadKey thread = new ThreadKey("slack", "T1", "C1", "1700000000.000100");

        app.conversations(slack)
                .handle(ChatMessage.of(thread, "U1", "classify spam sms, my slack token is " + TOKEN, false));

        assertThat(slack.transcript()).doesNotContain(TOKEN).contains("rotate it now");
        assertThat(kinds("slack:U1")).contains(SecretKind.SLACK_TOKEN.id());
        assertThat(request(thread)).doesNotContain(TOKEN).contains("secret:");
    }

    @Test
    void a_token_in_a_discord_command_is_masked_though_no_intake_reads_it() {
        RecordingSurface discord = new RecordingSurface("discord");
        ThreadKey thread = new ThreadKey("discord", "G1", "C9", "");

        app.conversations(discord).handle(ChatMessage.of(thread, "42", "fork with token " + TOKEN, false));

        assertThat(discord.transcript())
                .doesNotContain(TOKEN)
                .contains("rotate it now")
                .contains("no build in this thread to fork");
        assertThat(kinds("discord:42")).contains(SecretKind.SLACK_TOKEN.id());
    }

    private List<String> kinds(String owner) {
        return app.vault().list(owner).stream()
                .map(StoredSecret::ref)
                .map(r -> r.kind().id())
                .toList();
    }

    private String request(ThreadKey thread) {
        return app.intake().open(thread).map(IntakeState::fields).orElseThrow().request();
    }
}
