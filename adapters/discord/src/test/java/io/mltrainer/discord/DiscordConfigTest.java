package io.mltrainer.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void the_public_key_alone_turns_discord_on_for_http_interactions_without_a_gateway_token() {
        DiscordConfig config = DiscordConfig.fromEnvironment(
                        Map.of("DISCORD_PUBLIC_KEY", " " + "ab".repeat(32) + " ", "DISCORD_APPLICATION_ID", "1234"))
                .orElseThrow();

        assertThat(config.token()).isNull();
        assertThat(config.publicKey()).contains("ab".repeat(32));
        assertThat(config.applicationId()).contains("1234");
    }

    @Test
    void a_public_key_that_is_not_32_bytes_of_hex_is_refused_with_where_to_find_it() {
        assertThatThrownBy(() -> InteractionSignature.publicKey("abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DISCORD_PUBLIC_KEY")
                .hasMessageContaining("Public Key");
    }
}
