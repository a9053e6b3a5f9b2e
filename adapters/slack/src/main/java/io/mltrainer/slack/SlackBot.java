package io.mltrainer.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import com.sun.net.httpserver.HttpServer;
import io.mltrainer.core.chat.ChatBackend;
import io.mltrainer.core.chat.Inbox;
import io.mltrainer.core.port.in.ChatUseCase;

/**
 * The running Slack surface: a Bolt app wired to the conversations, served over HTTP at {@link #PATH} on the
 * given server, or over Socket Mode when an app token is configured. {@code close} stops taking events, finishes
 * the acknowledged ones and disconnects.
 */
public final class SlackBot implements AutoCloseable {
    public static final String PATH = "/slack/events";

    private final Inbox inbox = new Inbox("slack", 4);
    private final HttpServer http;
    private final SocketModeApp socketMode;

    private SlackBot(HttpServer http, SocketModeApp socketMode) {
        this.http = http;
        this.socketMode = socketMode;
    }

    /**
     * Starts the Slack app. Bolt checks the bot token with {@code auth.test} here.
     *
     * @throws IllegalArgumentException when Slack refuses the token (the message says what to do)
     */
    public static SlackBot start(SlackConfig config, ChatBackend backend, HttpServer http) {
        com.slack.api.SlackConfig slackConfig = new com.slack.api.SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(config.apiUrl());
        Slack slack = Slack.getInstance(slackConfig);
        App app;
        try {
            app = new App(AppConfig.builder()
                    .slack(slack)
                    .singleTeamBotToken(config.botToken())
                    .signingSecret(config.signingSecret())
                    // Subtypes without a handler (channel_join, thread_broadcast, …) are acknowledged, not
                    // answered 404, which Slack would retry.
                    .subtypedMessageEventsAutoAckEnabled(true)
                    .build());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "Slack refused SLACK_BOT_TOKEN (" + e.getMessage() + "): reinstall the app and copy its Bot User"
                            + " OAuth Token.",
                    e);
        }
        SlackApi api = new SlackApi(slack, config.botToken());
        SlackSurface surface = new SlackSurface(api, backend.cardMessages());
        ChatUseCase conversations = backend.connect(surface);
        SlackBot bot = config.socketMode() ? socket(config, app) : new SlackBot(http, null);
        new SlackEvents(
                        conversations,
                        backend.deliveries(),
                        surface,
                        api,
                        new Attachments(config.botToken(), backend.uploads(), config.apiUrl()),
                        bot.inbox)
                .register(app);
        if (bot.socketMode == null) {
            http.createContext(PATH, new BoltHttpHandler(app));
        } else {
            try {
                bot.socketMode.startAsync();
            } catch (Exception e) {
                throw new IllegalArgumentException(
                        "Slack Socket Mode could not connect (" + e.getMessage()
                                + "): check SLACK_APP_TOKEN (xapp-…, with connections:write).",
                        e);
            }
        }
        return bot;
    }

    private static SlackBot socket(SlackConfig config, App app) {
        try {
            return new SlackBot(
                    null, new SocketModeApp(config.appToken(), app, SocketModeClient.Backend.JavaWebSocket));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Slack Socket Mode could not start: " + e.getMessage(), e);
        }
    }

    public String mode() {
        return socketMode == null ? "Slack (HTTP " + PATH + ")" : "Slack (Socket Mode)";
    }

    @Override
    public void close() {
        if (http != null) {
            try {
                http.removeContext(PATH);
            } catch (IllegalArgumentException e) {
                // already gone
            }
        }
        if (socketMode != null) {
            try {
                socketMode.stop();
            } catch (Exception e) {
                // closing anyway
            }
        }
        inbox.close();
    }
}
