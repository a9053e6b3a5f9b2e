package io.mltrainer.kaggle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Kaggle client's Hello against a loopback Kaggle API. */
class KaggleClientTest {
    static final String TOKEN = "KGAT_0123456789abcdef0123456789abcdef";
    static final String KEY = "0123456789abcdef0123456789abcdef";

    private final MockWebServer server = new MockWebServer();
    private KaggleClient kaggle;

    @BeforeEach
    void start() throws IOException {
        server.start();
        kaggle = new KaggleClient(server.url("/v1").toString(), new OkHttpClient());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    @Test
    void hello_with_a_token_posts_an_empty_request_with_a_bearer_header() throws InterruptedException {
        server.enqueue(json(200, "{\"userName\":\"alice\"}"));

        assertThat(kaggle.helloWithToken(TOKEN)).contains("alice");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/api.v1.DiagnosticsService/Hello");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getBody().utf8()).isEqualTo("{}");
    }

    @Test
    void hello_with_a_legacy_key_sends_basic_auth() throws InterruptedException {
        server.enqueue(json(200, "{\"userName\":\"alice\"}"));

        assertThat(kaggle.helloWithKey("alice", KEY)).contains("alice");

        assertThat(server.takeRequest().getHeaders().get("Authorization"))
                .isEqualTo(okhttp3.Credentials.basic("alice", KEY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/v1", "/v1/"})
    void the_base_url_works_with_or_without_the_version(String path) throws InterruptedException {
        server.enqueue(json(200, "{\"userName\":\"alice\"}"));
        KaggleClient client =
                new KaggleClient(server.url("/").toString().replaceFirst("/$", "") + path, new OkHttpClient());

        client.helloWithToken(TOKEN);

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/api.v1.DiagnosticsService/Hello");
    }

    @Test
    void a_401_is_an_authentication_failure_naming_the_kind_tried() {
        server.enqueue(json(401, "{\"code\":401,\"message\":\"Unauthenticated\"}"));

        assertThatThrownBy(() -> kaggle.helloWithToken(TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION))
                .hasMessageContaining("refused the API token")
                .hasMessageContaining("kaggle.com/settings")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void an_error_inside_a_200_is_classified_like_the_status() {
        server.enqueue(json(200, "{\"code\":403,\"message\":\"Permission 'datasets.get' was denied\"}"));

        assertThatThrownBy(() -> kaggle.helloWithKey("alice", KEY))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION))
                .hasMessageContaining("legacy API key for user 'alice'")
                .hasMessageContaining("403")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void a_rate_limit_is_transient_with_the_wait() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "17")
                .build());

        assertThatThrownBy(() -> kaggle.helloWithToken(TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT))
                .hasMessageContaining("retry in 17 s");
    }

    @Test
    void a_server_error_with_an_html_page_is_transient() {
        server.enqueue(new MockResponse.Builder()
                .code(502)
                .body("<html>Bad Gateway</html>")
                .build());

        assertThatThrownBy(() -> kaggle.helloWithToken(TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT));
    }

    @Test
    void an_unreachable_kaggle_is_transient() {
        server.close();

        assertThatThrownBy(() -> kaggle.helloWithToken(TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT))
                .hasMessageContaining("could not be reached");
    }

    @Test
    void a_refusal_that_quotes_the_token_does_not_carry_it_on() {
        server.enqueue(json(401, "{\"code\":16,\"message\":\"Unauthenticated: " + TOKEN + " is not valid\"}"));

        assertThatThrownBy(() -> kaggle.helloWithToken(TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class,
                        e -> assertThat(e.getMessage())
                                .contains("Unauthenticated: [redacted kaggle_token] is not valid")
                                .doesNotContain(TOKEN));
    }
}
