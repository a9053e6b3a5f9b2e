package io.mltrainer.discord;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Discord surface's settings: {@code DISCORD_BOT_TOKEN} (the gateway, and the REST calls that post in threads);
 * {@code DISCORD_PUBLIC_KEY} (hex; turns on the HTTP interactions endpoint, verified with it) and
 * {@code DISCORD_APPLICATION_ID} (the interaction webhooks; Discord also sends it with every interaction);
 * {@code DISCORD_GUILD_IDS} (commands registered per guild, at once, instead of globally);
 * {@code DISCORD_MESSAGE_CONTENT=true} when the privileged Message Content intent is enabled for the application
 * (words typed in a build's thread need it); {@code DISCORD_API_URL} and {@code DISCORD_GATEWAY_URL} (loopback
 * fakes in tests). Either the token or the public key turns Discord on. {@code toString} never shows the token.
 */
public record DiscordConfig(
        String token,
        List<String> guildIds,
        boolean messageContent,
        String apiUrl,
        String gatewayUrl,
        Optional<String> publicKey,
        Optional<String> applicationId) {
    public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";

    public DiscordConfig {
        token = token == null || token.isBlank() ? null : token;
        guildIds = List.copyOf(guildIds);
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        gatewayUrl = gatewayUrl == null || gatewayUrl.isBlank() ? null : gatewayUrl;
        publicKey = publicKey.map(String::strip).filter(k -> !k.isEmpty());
        applicationId = applicationId.map(String::strip).filter(k -> !k.isEmpty());
        if (token == null && publicKey.isEmpty()) {
            throw new IllegalArgumentException("Discord needs DISCORD_BOT_TOKEN or DISCORD_PUBLIC_KEY");
        }
    }

    /** The gateway only (no HTTP interactions endpoint). */
    public DiscordConfig(
            String token, List<String> guildIds, boolean messageContent, String apiUrl, String gatewayUrl) {
        this(token, guildIds, messageContent, apiUrl, gatewayUrl, Optional.empty(), Optional.empty());
    }

    /** Empty when Discord is not configured (neither a bot token nor a public key). */
    public static Optional<DiscordConfig> fromEnvironment(Map<String, String> env) {
        String token = env.get("DISCORD_BOT_TOKEN");
        Optional<String> publicKey =
                Optional.ofNullable(env.get("DISCORD_PUBLIC_KEY")).filter(k -> !k.isBlank());
        if ((token == null || token.isBlank()) && publicKey.isEmpty()) {
            return Optional.empty();
        }
        String guilds = env.getOrDefault("DISCORD_GUILD_IDS", "");
        return Optional.of(new DiscordConfig(
                token == null ? null : token.trim(),
                Arrays.stream(guilds.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                "true"
                        .equalsIgnoreCase(
                                env.getOrDefault("DISCORD_MESSAGE_CONTENT", "").strip()),
                env.get("DISCORD_API_URL"),
                env.get("DISCORD_GATEWAY_URL"),
                publicKey,
                Optional.ofNullable(env.get("DISCORD_APPLICATION_ID"))));
    }

    @Override
    public String toString() {
        return "DiscordConfig[guilds " + guildIds + ", message content " + messageContent + ", api " + apiUrl
                + ", gateway " + (token != null) + ", interactions endpoint " + publicKey.isPresent() + "]";
    }
}
