package io.mltrainer.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.port.out.StoredSecret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SecretVault} does; each implementation's test extends this. */
public abstract class SecretVaultContract {
    private static final String HF = FakeCredentials.HF.value();
    private static final String KAGGLE = FakeCredentials.KAGGLE_TOKEN.value();

    private SecretVault vault;

    /** A new, empty vault, one per test. */
    protected abstract SecretVault newVault();

    @BeforeEach
    void createVault() {
        vault = newVault();
    }

    @Test
    void reveals_a_stored_value_to_its_owner() {
        SecretRef ref = vault.store("alice", SecretKind.HF_TOKEN, HF);

        assertThat(ref.kind()).isEqualTo(SecretKind.HF_TOKEN);
        assertThat(ref.id()).matches("[0-9a-f]{6,12}");
        assertThat(vault.reveal("alice", ref)).contains(HF);
    }

    @Test
    void gives_the_same_reference_when_an_owner_stores_the_same_value_twice() {
        SecretRef first = vault.store("alice", SecretKind.HF_TOKEN, HF);
        SecretRef again = vault.store("alice", SecretKind.HF_TOKEN, HF);

        assertThat(again).isEqualTo(first);
        assertThat(vault.list("alice")).hasSize(1);
    }

    @Test
    void gives_each_owner_their_own_reference_for_the_same_value() {
        SecretRef alices = vault.store("alice", SecretKind.HF_TOKEN, HF);
        SecretRef bobs = vault.store("bob", SecretKind.HF_TOKEN, HF);

        assertThat(bobs).isNotEqualTo(alices);
        assertThat(vault.reveal("bob", bobs)).contains(HF);
    }

    @Test
    void never_reveals_a_secret_to_another_owner() {
        SecretRef ref = vault.store("alice", SecretKind.HF_TOKEN, HF);

        assertThat(vault.reveal("mallory", ref)).isEmpty();
    }

    @Test
    void reveals_nothing_for_a_reference_of_another_kind_or_an_unknown_id() {
        SecretRef ref = vault.store("alice", SecretKind.HF_TOKEN, HF);

        assertThat(vault.reveal("alice", new SecretRef(SecretKind.OPENAI_KEY, ref.id())))
                .isEmpty();
        assertThat(vault.reveal("alice", new SecretRef(SecretKind.HF_TOKEN, "0123456789ab")))
                .isEmpty();
    }

    @Test
    void lists_only_the_owners_secrets_masked() {
        SecretRef hf = vault.store("alice", SecretKind.HF_TOKEN, HF);
        SecretRef kaggle = vault.store("alice", SecretKind.KAGGLE_TOKEN, KAGGLE);
        vault.store("bob", SecretKind.OPENAI_KEY, FakeCredentials.OPENAI.value());

        assertThat(vault.list("alice")).extracting(StoredSecret::ref).containsExactlyInAnyOrder(hf, kaggle);
        assertThat(vault.list("alice"))
                .extracting(StoredSecret::masked)
                .containsExactlyInAnyOrder("hf_…" + last4(HF), "KGAT…" + last4(KAGGLE));
        assertThat(vault.list("carol")).isEmpty();
    }

    @Test
    void deletes_a_secret_only_for_its_owner() {
        SecretRef ref = vault.store("alice", SecretKind.HF_TOKEN, HF);

        assertThat(vault.delete("mallory", ref)).isFalse();
        assertThat(vault.reveal("alice", ref)).contains(HF);

        assertThat(vault.delete("alice", ref)).isTrue();
        assertThat(vault.reveal("alice", ref)).isEmpty();
        assertThat(vault.list("alice")).isEmpty();
        assertThat(vault.delete("alice", ref)).isFalse();
    }

    @Test
    void stores_a_value_again_after_its_owner_deleted_it() {
        SecretRef deleted = vault.store("alice", SecretKind.HF_TOKEN, HF);
        vault.delete("alice", deleted);

        SecretRef again = vault.store("alice", SecretKind.HF_TOKEN, HF);

        assertThat(vault.reveal("alice", again)).contains(HF);
    }

    private static String last4(String value) {
        return value.substring(value.length() - 4);
    }
}
