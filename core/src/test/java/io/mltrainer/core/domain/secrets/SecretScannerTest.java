package io.mltrainer.core.domain.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mltrainer.core.testing.FakeCredentials;
import io.mltrainer.core.testing.FakeCredentials.FakeCredential;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretScannerTest {

    @Test
    void finds_a_dozen_distinct_credentials_of_every_kind_in_prose() {
        String prose = FakeCredentials.prose();

        List<SecretMatch> found = SecretScanner.scan(prose);

        assertThat(found)
                .extracting(SecretMatch::kind, SecretMatch::value)
                .containsExactlyElementsOf(FakeCredentials.all().stream()
                        .map(c -> tuple(c.kind(), c.value()))
                        .toList());
        assertThat(found)
                .allSatisfy(m -> assertThat(prose.substring(m.start(), m.end())).isEqualTo(m.value()));
    }

    static List<FakeCredential> selfEvidentCredentials() {
        return FakeCredentials.all().stream()
                .filter(c -> c.kind() != SecretKind.KAGGLE_KEY)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("selfEvidentCredentials")
    void recognises_a_credential_by_its_shape_alone(FakeCredential credential) {
        assertThat(SecretScanner.scan("here: " + credential.value() + "."))
                .extracting(SecretMatch::kind, SecretMatch::value)
                .containsExactly(tuple(credential.kind(), credential.value()));
    }

    @Test
    void takes_an_anthropic_key_for_an_anthropic_key_not_an_openai_one() {
        assertThat(SecretScanner.scan(FakeCredentials.ANTHROPIC.value()))
                .extracting(SecretMatch::kind)
                .containsExactly(SecretKind.ANTHROPIC_KEY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "my kaggle username is alice and my key is %s",
                "KAGGLE_KEY=%s",
                "{\"username\": \"alice\", \"key\": \"%s\"}",
                "key: %s",
            })
    void recognises_a_legacy_kaggle_key_by_its_context(String template) {
        String key = FakeCredentials.KAGGLE_KEY.value();

        assertThat(SecretScanner.scan(template.formatted(key)))
                .extracting(SecretMatch::kind, SecretMatch::value)
                .containsExactly(tuple(SecretKind.KAGGLE_KEY, key));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Predict the species of iris flowers from examples/iris.csv with sklearn, as-is, task-oriented.",
                "call hf_hub_download(repo_id) then hf_api_upload_folder_with_progress_bar",
                "a sk-learn-compatible-pipeline-for-tabular-data and sk-2023-quarterly-report-final-version",
                "fixed in commit 3f2a9c0d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 yesterday",
                "the md5 of the csv is 9e107d9d372bb6826bd81d3542a419d6",
                "job 123e4567-e89b-12d3-a456-426614174000 and uuid 123e4567e89b12d3a456426614174000",
                "use secret:hf_token:7f3a9c and secret:kaggle_key:0123456789abcdef0123456789abcdef for kaggle",
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
                "the model as-internationalization and ak-aaaaaaaaaaaaaaaaaaaaaa are words, not tokens",
                "xoxb-not-a-real-token and AIzaTooShort",
            })
    void leaves_ordinary_text_ids_hashes_and_references_alone(String text) {
        assertThat(SecretScanner.scan(text)).isEmpty();
        assertThat(SecretScanner.maskAll(text)).isEqualTo(text);
    }

    @Test
    void masks_every_credential_with_its_kind_and_keeps_references() {
        String text = "token " + FakeCredentials.HF.value() + ", see secret:groq_key:abc123, slack "
                + FakeCredentials.SLACK_BOT.value();

        String masked = SecretScanner.maskAll(text);

        assertThat(masked)
                .isEqualTo("token [redacted hf_token], see secret:groq_key:abc123, slack [redacted slack_token]");
    }

    @Test
    void masking_twice_changes_nothing_more() {
        String once = SecretScanner.maskAll(FakeCredentials.prose());

        assertThat(SecretScanner.maskAll(once)).isEqualTo(once);
        assertThat(FakeCredentials.all()).allSatisfy(c -> assertThat(once).doesNotContain(c.value()));
    }

    @Test
    void a_match_prints_without_its_value() {
        SecretMatch match = SecretScanner.scan(FakeCredentials.HF.value()).get(0);

        assertThat(match.toString()).doesNotContain(FakeCredentials.HF.value()).contains("hf_token");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://data.example.com/iris.csv?token=%s",
                "https://data.example.com/iris.csv?format=csv&api_key=%s",
                "https://bucket.s3.amazonaws.com/iris.csv?X-Amz-Signature=%s&X-Amz-Expires=60",
                "train on https://acct.blob.core.windows.net/c/iris.csv?sv=2022&sig=%s please",
                "https://example.com/iris.csv?access_token=%s#top",
            })
    void recognises_a_credential_in_a_url_query_whatever_its_shape(String template) {
        String url = template.formatted("abc123DEF");

        assertThat(SecretScanner.scan(url))
                .extracting(SecretMatch::kind, SecretMatch::value)
                .containsExactly(tuple(SecretKind.URL_CREDENTIAL, "abc123DEF"));
    }

    @Test
    void keeps_the_kind_of_a_recognised_token_inside_a_url() {
        String url = "http://127.0.0.1:8000/iris.csv?token=" + FakeCredentials.HF.value();

        assertThat(SecretScanner.scan(url)).extracting(SecretMatch::kind).containsExactly(SecretKind.HF_TOKEN);
    }

    @Test
    void recognises_the_user_info_of_a_url_as_one_credential() {
        assertThat(SecretScanner.maskAll("get https://alice:s3cret@data.example.com/iris.csv now"))
                .isEqualTo("get https://[redacted url_credential]@data.example.com/iris.csv now");
    }

    @Test
    void leaves_ordinary_query_parameters_and_addresses_alone() {
        String text = "https://example.com/iris.csv?format=csv&rows=100 and alice@example.com";

        assertThat(SecretScanner.scan(text)).isEmpty();
    }
}
