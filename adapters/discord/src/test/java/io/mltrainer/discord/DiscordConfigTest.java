package io.mltrainer.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Discord settings read from the environment. */
class DiscordConfigTest {
    private static final String TOKEN = "MTEy.secret-token";

    @Test
    void without_a_token_discord_is_not_configured() {
        assertThat(DiscordConfig.fromEnvironment(Map.of())).isEmpty();
        assertThat(DiscordConfig.fromEnvironment(Map.of("DISCORD_BOT_TOKEN", " ")))
                .isEmpty();
    }

    @Test
    void defaults_are_discords_own_endpoints_global_commands_and_no_message_content() {
        DiscordConfig config = DiscordConfig.fromEnvironment(Map.of("DISCORD_BOT_TOKEN", TOKEN))
                .orElseThrow();

        assertThat(config.apiUrl()).isEqualTo("https://discord.com/api/v10/");
        assertThat(config.gatewayUrl()).isNull();
        assertThat(config.guildIds()).isEmpty();
        assertThat(config.messageContent()).isFalse();
    }

    @Test
    void guilds_urls_and_the_intent_are_read_and_the_token_never_shown() {
        DiscordConfig config = DiscordConfig.fromEnvironment(Map.of(
                        "DISCORD_BOT_TOKEN", TOKEN,
                        "DISCORD_GUILD_IDS", " 11, 22 ,,",
                        "DISCORD_MESSAGE_CONTENT", "TRUE",
                        "DISCORD_API_URL", "http://127.0.0.1:9/api/v10",
                        "DISCORD_GATEWAY_URL", "ws://127.0.0.1:8"))
                .orElseThrow();

        assertThat(config.guildIds()).containsExactly("11", "22");
        assertThat(config.messageContent()).isTrue();
        assertThat(config.apiUrl()).isEqualTo("http://127.0.0.1:9/api/v10/");
        assertThat(config.gatewayUrl()).isEqualTo("ws://127.0.0.1:8");
        assertThat(config.toString()).doesNotContain(TOKEN);
    }
}
