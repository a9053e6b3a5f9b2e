package io.mltrainer.discord;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Discord surface's settings: {@code DISCORD_BOT_TOKEN}; {@code DISCORD_GUILD_IDS} (commands registered per
 * guild, at once, instead of globally); {@code DISCORD_MESSAGE_CONTENT=true} when the privileged Message Content
 * intent is enabled for the application (words typed in a build's thread need it); {@code DISCORD_API_URL} and
 * {@code DISCORD_GATEWAY_URL} (loopback fakes in tests). {@code toString} never shows the token.
 */
public record DiscordConfig(
        String token, List<String> guildIds, boolean messageContent, String apiUrl, String gatewayUrl) {
    public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";

    public DiscordConfig {
        guildIds = List.copyOf(guildIds);
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        gatewayUrl = gatewayUrl == null || gatewayUrl.isBlank() ? null : gatewayUrl;
    }

    /** Empty when Discord is not configured. */
    public static Optional<DiscordConfig> fromEnvironment(Map<String, String> env) {
        String token = env.get("DISCORD_BOT_TOKEN");
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String guilds = env.getOrDefault("DISCORD_GUILD_IDS", "");
        return Optional.of(new DiscordConfig(
                token.trim(),
                Arrays.stream(guilds.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                "true"
                        .equalsIgnoreCase(
                                env.getOrDefault("DISCORD_MESSAGE_CONTENT", "").strip()),
                env.get("DISCORD_API_URL"),
                env.get("DISCORD_GATEWAY_URL")));
    }

    @Override
    public String toString() {
        return "DiscordConfig[guilds " + guildIds + ", message content " + messageContent + ", api " + apiUrl + "]";
    }
}
