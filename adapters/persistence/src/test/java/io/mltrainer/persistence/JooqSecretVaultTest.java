package io.mltrainer.persistence;

import static io.mltrainer.db.jooq.Tables.SECRETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.port.out.StoredSecret;
import io.mltrainer.core.testing.FakeCredentials;
import io.mltrainer.core.testing.FakeCredentials.FakeCredential;
import io.mltrainer.core.testing.SecretVaultContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqSecretVaultTest extends SecretVaultContract {
    private static final String HF = FakeCredentials.HF.value();

    @TempDir
    Path home;

    private Database database;

    /** The contract's vault before each test; this class's own tests call it again to reopen the database. */
    @Override
    protected SecretVault newVault() {
        return openDatabase().secrets(MasterKey.fromFile(home));
    }

    private Database openDatabase() {
        if (database != null) {
            database.close();
        }
        database = Database.embedded(home);
        return database;
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void leaves_no_secret_value_in_the_database_file() throws IOException {
        SecretVault vault = newVault();
        for (FakeCredential credential : FakeCredentials.all()) {
            vault.store("alice", credential.kind(), credential.value());
        }
        database.close();

        byte[] file = Files.readAllBytes(home.resolve("mltrainer.mv.db"));

        String asText = new String(file, StandardCharsets.ISO_8859_1);
        assertThat(FakeCredentials.all()).allSatisfy(c -> assertThat(asText).doesNotContain(c.value()));
    }

    @Test
    void reveals_a_secret_after_a_restart_with_the_same_master_key() {
        SecretRef ref = newVault().store("alice", SecretKind.HF_TOKEN, HF);
        database.close();

        assertThat(newVault().reveal("alice", ref)).contains(HF);
    }

    @Test
    void refuses_clearly_to_reveal_under_another_master_key() {
        SecretRef ref = newVault().store("alice", SecretKind.HF_TOKEN, HF);

        SecretVault otherKey = database.secrets(SecretCipherTest.aKey());

        assertThatThrownBy(() -> otherKey.reveal("alice", ref))
                .isInstanceOf(SecretDecryptionException.class)
                .hasMessageContaining("another master key");
    }

    @Test
    void a_ciphertext_copied_into_another_owners_row_does_not_decrypt() {
        SecretVault vault = newVault();
        SecretRef alices = vault.store("alice", SecretKind.HF_TOKEN, HF);
        SecretRef mallorys = vault.store("mallory", SecretKind.HF_TOKEN, "hf_MalloryOwnTokenAbCdEfGh0123456789");
        String alicesCiphertext = ciphertextOf(alices);
        database.dsl()
                .update(SECRETS)
                .set(SECRETS.CIPHERTEXT, alicesCiphertext)
                .where(SECRETS.ID.eq(mallorys.id()))
                .execute();

        assertThatThrownBy(() -> vault.reveal("mallory", mallorys)).isInstanceOf(SecretDecryptionException.class);
    }

    @Test
    void keeps_a_keyed_fingerprint_not_a_plain_hash() throws Exception {
        SecretRef ref = newVault().store("alice", SecretKind.HF_TOKEN, HF);

        String stored = database.dsl()
                .select(SECRETS.FINGERPRINT)
                .from(SECRETS)
                .where(SECRETS.ID.eq(ref.id()))
                .fetchSingle()
                .value1();

        String plain = HexFormat.of()
                .formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(HF.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).hasSize(64).isNotEqualTo(plain);
    }

    @Test
    void stores_a_value_once_when_many_store_it_at_the_same_moment() throws Exception {
        SecretVault vault = newVault();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<SecretRef>> stores = IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<SecretRef>) () -> vault.store("alice", SecretKind.HF_TOKEN, HF))
                    .toList();
            List<SecretRef> refs = pool.invokeAll(stores).stream()
                    .map(JooqSecretVaultTest::result)
                    .distinct()
                    .toList();

            assertThat(refs).hasSize(1);
            assertThat(vault.list("alice")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lists_with_the_time_each_secret_was_stored() {
        openDatabase();
        Instant at = Instant.parse("2025-03-01T10:15:30.123456Z");
        SecretVault vault = new JooqSecretVault(
                database.dsl(), MasterKey.fromFile(home), Clock.fixed(at, ZoneOffset.UTC), new SecureRandom());

        SecretRef ref = vault.store("alice", SecretKind.GROQ_KEY, FakeCredentials.GROQ.value());

        assertThat(vault.list("alice"))
                .containsExactly(new StoredSecret(ref, "gsk_…" + last4(FakeCredentials.GROQ), at));
    }

    private String ciphertextOf(SecretRef ref) {
        return database.dsl()
                .select(SECRETS.CIPHERTEXT)
                .from(SECRETS)
                .where(SECRETS.ID.eq(ref.id()))
                .fetchSingle()
                .value1();
    }

    private static String last4(FakeCredential credential) {
        return credential.value().substring(credential.value().length() - 4);
    }

    private static SecretRef result(Future<SecretRef> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
