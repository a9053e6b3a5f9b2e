package io.mltrainer.llm;

import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.port.out.StoredSecret;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A vault that counts reveals, so tests can see the router asked it at call time. */
final class TinyVault implements SecretVault {
    private final Map<String, String> values = new HashMap<>();
    private final List<SecretRef> reveals = new ArrayList<>();

    @Override
    public synchronized SecretRef store(String owner, SecretKind kind, String value) {
        SecretRef ref = new SecretRef(kind, String.format("%06x", values.size() + 0xa1b2c3));
        values.put(owner + "/" + ref.asString(), value);
        return ref;
    }

    @Override
    public synchronized Optional<String> reveal(String owner, SecretRef ref) {
        reveals.add(ref);
        return Optional.ofNullable(values.get(owner + "/" + ref.asString()));
    }

    @Override
    public List<StoredSecret> list(String owner) {
        return List.of();
    }

    @Override
    public boolean delete(String owner, SecretRef ref) {
        return false;
    }

    synchronized List<SecretRef> reveals() {
        return List.copyOf(reveals);
    }
}
