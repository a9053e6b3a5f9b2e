package io.mltrainer.kaggle;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.port.out.SecretVault;
import java.util.Optional;

/**
 * The Kaggle credentials a build may use: its own (references revealed from the vault), else those of the
 * environment for command-line builds ({@code KAGGLE_API_TOKEN}, or {@code KAGGLE_USERNAME} and {@code KAGGLE_KEY}).
 */
final class KaggleCredentials {
    private final SecretVault vault;
    private final KaggleAuth fallback;

    KaggleCredentials(SecretVault vault, KaggleAuth fallback) {
        this.vault = vault;
        this.fallback = fallback;
    }

    Optional<KaggleAuth> of(String owner, Credentials credentials) {
        if (vault != null && credentials != null) {
            Optional<KaggleAuth> own = KaggleAuth.of(
                    reveal(owner, credentials.kaggleToken()),
                    credentials.kaggleUsername(),
                    reveal(owner, credentials.kaggleKey()));
            if (own.isPresent()) {
                return own;
            }
        }
        return Optional.ofNullable(fallback);
    }

    private String reveal(String owner, SecretRef ref) {
        return ref == null ? null : vault.reveal(owner, ref).orElse(null);
    }
}
