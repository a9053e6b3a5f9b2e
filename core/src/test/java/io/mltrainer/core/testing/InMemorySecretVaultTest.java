package io.mltrainer.core.testing;

import io.mltrainer.core.secrets.SecretVault;

class InMemorySecretVaultTest extends SecretVaultContract {
    @Override
    protected SecretVault newVault() {
        return new InMemorySecretVault();
    }
}
