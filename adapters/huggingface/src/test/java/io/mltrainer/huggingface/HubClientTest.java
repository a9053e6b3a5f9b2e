package io.mltrainer.huggingface;

import static io.mltrainer.huggingface.FakeHub.ACME_SCOPED_TOKEN;
import static io.mltrainer.huggingface.FakeHub.BAD_TOKEN;
import static io.mltrainer.huggingface.FakeHub.READ_TOKEN;
import static io.mltrainer.huggingface.FakeHub.WRITE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Hub client against a loopback Hub that answers like huggingface.co. */
class HubClientTest {
    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-03-01T10:00:00Z"));
    private HubClient hub;

    @BeforeEach
    void start() throws IOException {
        server.start();
        hub = new HubClient(server.url("/").toString(), new OkHttpClient(), clock, Duration.ofMinutes(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void whoami_reads_the_user_the_orgs_with_roles_and_a_read_token() throws InterruptedException {
        server.setDispatcher(new FakeHub());

        Whoami whoami = hub.whoami(READ_TOKEN);

        assertThat(whoami.name()).isEqualTo("alice");
        assertThat(whoami.orgs()).containsExactly(new Whoami.Org("acme", "write"), new Whoami.Org("bigco", "read"));
        assertThat(whoami.token().role()).isEqualTo(TokenRole.READ);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/whoami-v2");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + READ_TOKEN);
    }

    @Test
    void whoami_reads_the_scopes_of_a_fine_grained_token() {
        server.setDispatcher(new FakeHub());

        Whoami whoami = hub.whoami(ACME_SCOPED_TOKEN);

        assertThat(whoami.token().role()).isEqualTo(TokenRole.FINE_GRAINED);
        assertThat(whoami.token().scopes())
                .contains(new Whoami.Scope("org", "acme", Set.of("repo.content.read", "repo.write")));
    }

    @Test
    void whoami_asks_the_hub_once_per_token_until_the_cached_answer_expires() {
        server.setDispatcher(new FakeHub());

        hub.whoami(WRITE_TOKEN);
        hub.whoami(WRITE_TOKEN);
        clock.advance(Duration.ofMinutes(4));
        hub.whoami(WRITE_TOKEN);
        assertThat(server.getRequestCount()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        hub.whoami(WRITE_TOKEN);
        hub.whoami(READ_TOKEN);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void the_whoami_cache_is_keyed_by_a_sha256_of_the_token_never_the_token() {
        WhoamiCache cache = new WhoamiCache(clock, Duration.ofMinutes(5));

        cache.put(
                WRITE_TOKEN,
                new Whoami("alice", java.util.List.of(), new Whoami.Token(TokenRole.WRITE, java.util.List.of())));

        assertThat(cache.keys())
                .hasSize(1)
                .allSatisfy(key -> assertThat(key).doesNotContain(WRITE_TOKEN).matches("[0-9a-f]{64}"));
        assertThat(cache.get(WRITE_TOKEN)).isPresent();
    }

    @Test
    void a_refused_token_is_an_authentication_failure_that_says_how_to_get_a_new_one() {
        server.setDispatcher(new FakeHub());

        assertThatThrownBy(() -> hub.whoami(BAD_TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION))
                .hasMessageContaining("Invalid credentials in Authorization header")
                .hasMessageContaining("https://huggingface.co/settings/tokens")
                .hasMessageNotContaining(BAD_TOKEN);
    }

    @Test
    void a_refused_token_is_not_cached() {
        server.setDispatcher(new FakeHub());

        assertThatThrownBy(() -> hub.whoami(BAD_TOKEN)).isInstanceOf(StageException.class);
        assertThatThrownBy(() -> hub.whoami(BAD_TOKEN)).isInstanceOf(StageException.class);

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void a_rate_limit_is_transient_and_says_how_long_to_wait() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "42")
                .addHeader("RateLimit", "\"api\";r=0;t=42")
                .body("{\"error\":\"You have exceeded our hourly quotas for action 'api'.\"}")
                .build());

        assertThatThrownBy(() -> hub.whoami(WRITE_TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT))
                .hasMessageContaining("429")
                .hasMessageContaining("retry in 42 s");
    }

    @Test
    void the_ratelimit_header_gives_the_wait_when_retry_after_is_missing() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("RateLimit", "\"api\";r=0;t=97")
                .build());

        assertThatThrownBy(() -> hub.whoami(WRITE_TOKEN)).hasMessageContaining("retry in 97 s");
    }

    @Test
    void a_server_error_is_transient() {
        server.enqueue(FakeHub.error(503, null, "Service Unavailable"));

        assertThatThrownBy(() -> hub.whoami(WRITE_TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT))
                .hasMessageContaining("503");
    }

    @Test
    void an_unreachable_hub_is_transient() {
        String url = server.url("/").toString();
        server.close();
        HubClient offline = new HubClient(url, new OkHttpClient(), clock, Duration.ofMinutes(5));

        assertThatThrownBy(() -> offline.whoami(WRITE_TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT))
                .hasMessageContaining("could not be reached")
                .hasMessageNotContaining(WRITE_TOKEN);
    }

    @Test
    void a_repository_exists_when_the_hub_shows_it() throws InterruptedException {
        server.setDispatcher(new FakeHub().repo("models", "alice/sentiment"));

        assertThat(hub.repoExists(RepoType.MODEL, "alice/sentiment", WRITE_TOKEN))
                .isTrue();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/models/alice/sentiment");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + WRITE_TOKEN);
    }

    @Test
    void repo_not_found_as_404_or_as_anonymous_401_means_absent() throws InterruptedException {
        server.setDispatcher(new FakeHub().repo("models", "alice/sentiment"));

        assertThat(hub.repoExists(RepoType.DATASET, "alice/sentiment", WRITE_TOKEN))
                .isFalse();
        assertThat(hub.repoExists(RepoType.SPACE, "alice/demo", null)).isFalse();

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/datasets/alice/sentiment");
        RecordedRequest anonymous = server.takeRequest();
        assertThat(anonymous.getUrl().encodedPath()).isEqualTo("/api/spaces/alice/demo");
        assertThat(anonymous.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void a_refused_token_while_looking_up_a_repository_is_an_authentication_failure() {
        server.setDispatcher(new FakeHub());

        assertThatThrownBy(() -> hub.repoExists(RepoType.MODEL, "alice/sentiment", BAD_TOKEN))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION))
                .hasMessageNotContaining(BAD_TOKEN);
    }
}
