package io.mltrainer.persistence;

import io.mltrainer.core.domain.secrets.SecretRef;

/**
 * A stored secret that cannot be decrypted: the master key is not the one it was stored with, or its row was
 * altered (another row's ciphertext copied into it, say). Not retriable: the user has to give the secret again.
 */
public final class SecretDecryptionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SecretDecryptionException(SecretRef ref, Throwable cause) {
        super(
                ref + " cannot be decrypted: it was stored under another master key (MLTRAINER_MASTER_KEY or"
                        + " master.key changed) or its row was altered; delete it and give the secret again",
                cause);
    }
}
