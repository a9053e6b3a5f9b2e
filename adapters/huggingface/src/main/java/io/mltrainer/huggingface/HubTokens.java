package io.mltrainer.huggingface;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.SecretVault;
import java.util.Optional;

/**
 * The Hub token a build acts with: the one its owner gave (from the vault), else the service's own
 * ({@code HF_TOKEN}), else none.
 */
final class HubTokens {
    private final SecretVault vault;
    private final String fallback;

    HubTokens(SecretVault vault, String fallback) {
        this.vault = vault;
        this.fallback = fallback == null || fallback.isBlank() ? null : fallback;
    }

    Optional<String> of(String owner, Credentials credentials) {
        if (credentials != null && credentials.hfToken() != null && vault != null) {
            return Optional.of(vault.reveal(owner, credentials.hfToken())
                    .orElseThrow(() -> StageException.badInput(
                            "The Hugging Face token of this build is no longer stored; send it again privately.")));
        }
        return Optional.ofNullable(fallback);
    }
}
