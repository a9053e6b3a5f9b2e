package io.mltrainer.slack;

import java.util.Map;
import java.util.Optional;

/**
 * The Slack surface's settings: {@code SLACK_BOT_TOKEN} and {@code SLACK_SIGNING_SECRET} for HTTP mode,
 * {@code SLACK_APP_TOKEN} for Socket Mode, {@code SLACK_API_URL} for the Web API (a loopback fake in tests).
 * {@code toString} never shows a token.
 */
public record SlackConfig(String botToken, String signingSecret, String appToken, String apiUrl) {
    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public SlackConfig {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    /**
     * Empty when Slack is not configured at all.
     *
     * @throws IllegalArgumentException when it is half configured (the message says what is missing)
     */
    public static Optional<SlackConfig> fromEnvironment(Map<String, String> env) {
        String bot = blankToNull(env.get("SLACK_BOT_TOKEN"));
        String secret = blankToNull(env.get("SLACK_SIGNING_SECRET"));
        String app = blankToNull(env.get("SLACK_APP_TOKEN"));
        if (bot == null && secret == null && app == null) {
            return Optional.empty();
        }
        if (bot == null) {
            throw new IllegalArgumentException("SLACK_BOT_TOKEN (xoxb-…) is not set: the Slack app needs it to post.");
        }
        if (secret == null && app == null) {
            throw new IllegalArgumentException("Set SLACK_SIGNING_SECRET (HTTP mode, from the app's Basic"
                    + " Information page) or SLACK_APP_TOKEN (xapp-…, Socket Mode).");
        }
        return Optional.of(new SlackConfig(bot, secret, app, env.get("SLACK_API_URL")));
    }

    public boolean socketMode() {
        return appToken != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "SlackConfig[" + (socketMode() ? "socket mode" : "http mode") + ", api " + apiUrl + "]";
    }
}
