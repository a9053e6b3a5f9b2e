package io.mltrainer.core.testing;

import io.mltrainer.core.port.out.SecretVault;

class InMemorySecretVaultTest extends SecretVaultContract {
    @Override
    protected SecretVault newVault() {
        return new InMemorySecretVault();
    }
}
