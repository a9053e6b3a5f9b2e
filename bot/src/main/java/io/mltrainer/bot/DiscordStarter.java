package io.mltrainer.bot;

import com.sun.net.httpserver.HttpServer;
import io.mltrainer.core.chat.ChatBackend;
import io.mltrainer.discord.DiscordBot;
import io.mltrainer.discord.DiscordConfig;
import io.mltrainer.discord.GatewayLease;
import java.util.Map;
import java.util.Optional;

/**
 * Discord for {@code serve} when {@code DISCORD_BOT_TOKEN} or {@code DISCORD_PUBLIC_KEY} is set: the HTTP
 * interactions endpoint on the server's {@code /discord/interactions} (public key), and the gateway (token) on the
 * one replica that holds its leader lease in the database.
 */
final class DiscordStarter implements SurfaceStarter {
    @Override
    public Optional<RunningSurface> start(Map<String, String> env, ChatBackend backend, HttpServer http) {
        return DiscordConfig.fromEnvironment(env).map(config -> {
            var bot = backend instanceof Application app
                    ? DiscordBot.start(
                            config,
                            backend,
                            new GatewayLease(
                                    app.leaderLeases(), app.replicaName(), GatewayLease.DEFAULT_TTL, app.clock()))
                    : DiscordBot.start(config, backend);
            bot.interactionsEndpoint()
                    .ifPresent(endpoint ->
                            http.createContext(DiscordBot.interactionsPath(), new DiscordInteractionsHttp(endpoint)));
            return RunningSurface.of(bot.mode(), bot::close);
        });
    }
}
