package io.mltrainer.bot;

import com.sun.net.httpserver.HttpServer;
import io.mltrainer.core.chat.ChatBackend;
import io.mltrainer.discord.DiscordBot;
import io.mltrainer.discord.DiscordConfig;
import java.util.Map;
import java.util.Optional;

/** Discord for {@code serve} when {@code DISCORD_BOT_TOKEN} is set (the gateway needs no HTTP endpoint). */
final class DiscordStarter implements SurfaceStarter {
    @Override
    public Optional<RunningSurface> start(Map<String, String> env, ChatBackend backend, HttpServer http) {
        return DiscordConfig.fromEnvironment(env).map(config -> {
            var bot = DiscordBot.start(config, backend);
            return RunningSurface.of(bot.mode(), bot::close);
        });
    }
}
