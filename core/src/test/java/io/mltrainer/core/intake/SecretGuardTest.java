package io.mltrainer.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.testing.FakeCredentials;
import io.mltrainer.core.testing.InMemorySecretVault;
import org.junit.jupiter.api.Test;

class SecretGuardTest {
    private static final String HF = FakeCredentials.HF.value();

    private final InMemorySecretVault vault = new InMemorySecretVault();
    private final SecretGuard guard = new SecretGuard(vault);

    @Test
    void replaces_each_credential_with_a_reference_to_the_stored_value() {
        Guarded guarded = guard.protect("alice", "deploy with " + HF + " please", true, false, null);

        SecretRef ref = guarded.refs().get(0);
        assertThat(guarded.text()).isEqualTo("deploy with " + ref.asString() + " please");
        assertThat(ref.kind()).isEqualTo(SecretKind.HF_TOKEN);
        assertThat(vault.reveal("alice", ref)).contains(HF);
    }

    @Test
    void stores_every_credential_of_a_message_and_leaves_none_in_its_text() {
        Guarded guarded = guard.protect("alice", FakeCredentials.prose(), true, false, null);

        assertThat(guarded.refs()).hasSize(FakeCredentials.all().size());
        assertThat(FakeCredentials.all())
                .allSatisfy(c -> assertThat(guarded.text()).doesNotContain(c.value()));
    }

    @Test
    void gives_the_same_reference_to_a_value_pasted_twice() {
        Guarded once = guard.protect("alice", HF + " and again " + HF, true, false, null);
        Guarded later = guard.protect("alice", "it is " + HF, true, false, null);

        assertThat(once.refs()).hasSize(1);
        assertThat(later.refs()).isEqualTo(once.refs());
        assertThat(vault.size()).isEqualTo(1);
    }

    @Test
    void says_a_credential_pasted_in_a_public_channel_was_exposed() {
        assertThat(guard.protect("alice", "token " + HF, false, false, null).exposedInPublic())
                .isTrue();
        assertThat(guard.protect("alice", "token " + HF, true, false, null).exposedInPublic())
                .isFalse();
    }

    @Test
    void leaves_text_without_credentials_as_it_is() {
        Guarded guarded = guard.protect("alice", "predict churn from data.csv", false, false, null);

        assertThat(guarded).isEqualTo(new Guarded("predict churn from data.csv", java.util.List.of(), false));
        assertThat(vault.size()).isZero();
    }

    @Test
    void takes_a_private_answer_to_a_credential_question_as_a_secret_whatever_its_shape() {
        Guarded guarded = guard.protect("alice", "  correct-horse-battery  \n", true, true, SecretKind.KAGGLE_KEY);

        SecretRef ref = guarded.refs().get(0);
        assertThat(ref.kind()).isEqualTo(SecretKind.KAGGLE_KEY);
        assertThat(guarded.text()).isEqualTo("  " + ref.asString() + "  \n");
        assertThat(vault.reveal("alice", ref)).contains("correct-horse-battery");
    }

    @Test
    void stores_an_answer_of_unknown_shape_as_generic_when_no_kind_was_expected() {
        Guarded guarded = guard.protect("alice", "p4ss", true, true, null);

        assertThat(guarded.refs()).extracting(SecretRef::kind).containsExactly(SecretKind.GENERIC);
    }

    @Test
    void keeps_the_words_around_a_recognised_credential_in_a_private_answer() {
        Guarded guarded = guard.protect("alice", "sure, it's " + HF, true, true, SecretKind.HF_TOKEN);

        assertThat(guarded.text())
                .isEqualTo("sure, it's " + guarded.refs().get(0).asString());
    }

    @Test
    void does_not_store_an_answer_that_already_is_a_reference() {
        Guarded guarded = guard.protect("alice", "secret:hf_token:7f3a9c", true, true, SecretKind.HF_TOKEN);

        assertThat(guarded.refs()).isEmpty();
        assertThat(guarded.text()).isEqualTo("secret:hf_token:7f3a9c");
    }

    @Test
    void takes_an_unrecognised_public_answer_for_ordinary_text() {
        Guarded guarded = guard.protect("alice", "I'll send it in a DM", false, true, SecretKind.HF_TOKEN);

        assertThat(guarded.refs()).isEmpty();
        assertThat(vault.size()).isZero();
    }

    @Test
    void masks_a_stored_value_without_a_shape_wherever_its_owner_repeats_it() {
        SecretRef given = guard.protect("alice", "correct-horse-battery-staple", true, true, SecretKind.HF_TOKEN)
                .refs()
                .get(0);

        Guarded repeated = guard.protect("alice", "did correct-horse-battery-staple not work?", false, false, null);

        assertThat(repeated.text()).isEqualTo("did " + given.asString() + " not work?");
        assertThat(repeated.refs()).containsExactly(given);
        assertThat(repeated.exposedInPublic()).isTrue();
    }

    @Test
    void does_not_mask_one_owners_value_in_anothers_text_nor_short_values() {
        guard.protect("alice", "correct-horse-battery-staple", true, true, SecretKind.HF_TOKEN);
        guard.protect("alice", "short", true, true, SecretKind.GENERIC);

        assertThat(guard.protect("bob", "correct-horse-battery-staple", false, false, null)
                        .foundSecrets())
                .isFalse();
        assertThat(guard.protect("alice", "a short answer", false, false, null).foundSecrets())
                .isFalse();
    }
}
