package io.mltrainer.bot;

import com.sun.net.httpserver.HttpServer;
import io.mltrainer.core.chat.ChatBackend;
import io.mltrainer.slack.SlackBot;
import io.mltrainer.slack.SlackConfig;
import java.util.Map;
import java.util.Optional;

/** Slack for {@code serve} when {@code SLACK_BOT_TOKEN} and a signing secret or app token are set. */
final class SlackStarter implements SurfaceStarter {
    @Override
    public Optional<RunningSurface> start(Map<String, String> env, ChatBackend backend, HttpServer http) {
        return SlackConfig.fromEnvironment(env).map(config -> {
            var bot = SlackBot.start(config, backend, http);
            return RunningSurface.of(bot.mode(), bot::close);
        });
    }
}
