package io.mltrainer.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.testing.FakeCredentials;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
    private static final String VALUE = FakeCredentials.HF.value();
    private static final SecretRef REF = new SecretRef(SecretKind.HF_TOKEN, "7f3a9c01");

    private final SecretCipher cipher = new SecretCipher(aKey(), new SecureRandom());

    @Test
    void opens_what_it_sealed() {
        String sealed = cipher.seal(VALUE, "alice", REF);

        assertThat(sealed).startsWith("v1:").doesNotContain(VALUE);
        assertThat(cipher.open(sealed, "alice", REF)).isEqualTo(VALUE);
    }

    @Test
    void seals_the_same_value_differently_each_time() {
        assertThat(cipher.seal(VALUE, "alice", REF)).isNotEqualTo(cipher.seal(VALUE, "alice", REF));
    }

    @Test
    void rejects_a_tampered_ciphertext() {
        byte[] bytes =
                Base64.getDecoder().decode(cipher.seal(VALUE, "alice", REF).substring(3));
        bytes[bytes.length - 20] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.open(tampered, "alice", REF))
                .isInstanceOf(SecretDecryptionException.class)
                .hasMessageContaining(REF.asString());
    }

    @Test
    void rejects_a_ciphertext_moved_to_another_owner_kind_or_id() {
        String sealed = cipher.seal(VALUE, "alice", REF);

        assertThatThrownBy(() -> cipher.open(sealed, "bob", REF)).isInstanceOf(SecretDecryptionException.class);
        assertThatThrownBy(() -> cipher.open(sealed, "alice", new SecretRef(SecretKind.OPENAI_KEY, REF.id())))
                .isInstanceOf(SecretDecryptionException.class);
        assertThatThrownBy(() -> cipher.open(sealed, "alice", new SecretRef(SecretKind.HF_TOKEN, "7f3a9c02")))
                .isInstanceOf(SecretDecryptionException.class);
    }

    @Test
    void cannot_open_with_another_master_key() {
        String sealed = cipher.seal(VALUE, "alice", REF);
        SecretCipher other = new SecretCipher(aKey(), new SecureRandom());

        assertThatThrownBy(() -> other.open(sealed, "alice", REF)).isInstanceOf(SecretDecryptionException.class);
    }

    @Test
    void rejects_a_ciphertext_that_is_not_one() {
        assertThatThrownBy(() -> cipher.open("v1:AAAA", "alice", REF)).isInstanceOf(SecretDecryptionException.class);
        assertThatThrownBy(() -> cipher.open(VALUE, "alice", REF)).isInstanceOf(SecretDecryptionException.class);
    }

    static MasterKey aKey() {
        return MasterKey.fromBase64(MasterKey.generate(new SecureRandom()));
    }
}
