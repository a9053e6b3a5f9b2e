package io.mltrainer.kaggle;

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

    @Override
    public String toString() {
        return token != null ? "KaggleAuth[token]" : "KaggleAuth[" + username + ":key]";
    }
}
