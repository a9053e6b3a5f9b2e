package io.mltrainer.kaggle;

import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretScanner;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Kaggle's two kinds of credentials, which are not interchangeable: a new API token ({@code Authorization: Bearer})
 * or the legacy username and key (HTTP Basic).
 */
record KaggleAuth(String token, String username, String key) {
    static Optional<KaggleAuth> of(String token, String username, String key) {
        if (token != null && !token.isBlank()) {
            return Optional.of(new KaggleAuth(token.trim(), null, null));
        }
        if (username != null && !username.isBlank() && key != null && !key.isBlank()) {
            return Optional.of(new KaggleAuth(null, username.trim(), key.trim()));
        }
        return Optional.empty();
    }

    String header() {
        if (token != null) {
            return "Bearer " + token;
        }
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code text}, something Kaggle (or a proxy in front of it) said back, without the credential it was sent:
     * error messages may quote it, and they go on to logs, events and chat.
     */
    String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String encoded = header().substring(header().indexOf(' ') + 1);
        return token != null
                ? text.replace(token, SecretScanner.redacted(SecretKind.KAGGLE_TOKEN))
                : text.replace(encoded, SecretScanner.redacted(SecretKind.KAGGLE_KEY))
                        .replace(key, SecretScanner.redacted(SecretKind.KAGGLE_KEY));
    }

    @Override
    public String toString() {
        return token != null ? "KaggleAuth[token]" : "KaggleAuth[" + username + ":key]";
    }
}
