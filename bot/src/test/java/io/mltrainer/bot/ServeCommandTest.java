package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    @Test
    void without_any_chat_token_serve_says_what_to_set_and_exits_2() {
        Cli.Result result = new Cli(home, work).run("serve");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err())
                .contains("No chat surface is configured")
                .contains("SLACK_BOT_TOKEN")
                .contains("DISCORD_BOT_TOKEN");
    }

    @Test
    void a_discord_token_that_discord_rejects_stops_serve_with_a_clear_message() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(true)) {
            discord.refuseToken();
            Cli cli = new Cli(home, work);
            cli.env.put("DISCORD_BOT_TOKEN", FakeDiscord.TOKEN);
            cli.env.put("DISCORD_API_URL", discord.apiUrl());
            cli.env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
            cli.env.put("MLTRAINER_HTTP_PORT", "0");

            Cli.Result result = cli.run("serve");

            assertThat(result.exitCode()).isNotZero();
            assertThat(result.err()).contains("Discord refused DISCORD_BOT_TOKEN");
            assertThat(result.err()).doesNotContain(FakeDiscord.TOKEN);
        }
    }

    @Test
    void a_port_that_is_not_a_number_is_refused_with_the_variable_named() {
        Cli cli = new Cli(home, work);
        cli.env.put("MLTRAINER_HTTP_PORT", "eighty");

        Cli.Result result = cli.run("serve");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("MLTRAINER_HTTP_PORT must be a port number");
    }
}
