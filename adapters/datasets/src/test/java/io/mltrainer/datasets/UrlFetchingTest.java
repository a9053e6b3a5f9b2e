package io.mltrainer.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.intake.SecretGuard;
import io.mltrainer.core.pipeline.FetchedData;
import io.mltrainer.core.port.out.CancellationToken;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.testing.InMemorySecretVault;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URL downloads: credentials revealed only for the request, private addresses refused, limits and cancel. */
class UrlFetchingTest {
    private static final String TOKEN = "hf_" + "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
    private static final String IRIS = "sepal,petal,species\n1,2,setosa\n3,4,virginica\n";

    @TempDir
    Path dir;

    private HttpServer server;
    private final InMemorySecretVault vault = new InMemorySecretVault();
    private final AtomicReference<String> tokenSeen = new AtomicReference<>();
    private final AtomicInteger secretReads = new AtomicInteger();
    private final CountDownLatch slowStarted = new CountDownLatch(1);
    private final AtomicBoolean stopSlow = new AtomicBoolean();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/iris.csv", exchange -> {
            tokenSeen.set(exchange.getRequestURI().getQuery());
            boolean authorised =
                    ("token=" + TOKEN).equals(exchange.getRequestURI().getQuery());
            send(exchange, authorised ? 200 : 401, authorised ? IRIS : "no");
        });
        server.createContext("/login.csv", exchange -> {
            String expected = "Basic "
                    + java.util.Base64.getEncoder()
                            .encodeToString("alice:s3cret-pass".getBytes(StandardCharsets.UTF_8));
            boolean authorised = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            send(exchange, authorised ? 200 : 401, authorised ? IRIS : "no");
        });
        server.createContext("/secret.csv", exchange -> {
            secretReads.incrementAndGet();
            send(exchange, 200, "password,internal\n1,2\n");
        });
        server.createContext("/hop", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.2:" + port() + "/secret.csv");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/slow.csv", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, 0);
            slowStarted.countDown();
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                while (!stopSlow.get()) {
                    Thread.sleep(100); // a server that never finishes sending
                }
            } catch (InterruptedException | IOException e) {
                // the client went away
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        stopSlow.set(true);
        server.stop(0);
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/csv");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private UrlDatasetSource source(Predicate<InetAddress> isPublic) {
        UrlFetcher fetcher = new UrlFetcher(
                new OkHttpClient(),
                isPublic,
                new FetchLimits(1024 * 1024, Duration.ofSeconds(60)),
                Executors.newSingleThreadScheduledExecutor(),
                Clock.systemUTC());
        return new UrlDatasetSource(
                fetcher, new LocalTableReader(dir, "/usr/bin/python3"), vault, new FetchedData(dir.resolve("fetched")));
    }

    private static DatasetQuery query(String url, boolean chat, CancellationToken cancel) {
        return new DatasetQuery(new DatasetSpec(DatasetSourceKind.URL, url, null), "alice", null, 100, cancel, chat);
    }

    @Test
    void a_token_in_the_url_is_masked_and_revealed_only_for_the_download() throws IOException {
        String masked = new SecretGuard(vault)
                .protect("alice", "http://127.0.0.1:" + port() + "/iris.csv?token=" + TOKEN, true, false, null)
                .text();

        DatasetSample sample = source(PublicAddresses::isPublic).inspect(query(masked, false, CancellationToken.NEVER));

        assertThat(masked).doesNotContain(TOKEN).contains("token=secret:hf_token:");
        assertThat(tokenSeen.get()).isEqualTo("token=" + TOKEN);
        assertThat(sample.table().header()).containsExactly("sepal", "petal", "species");
        assertThat(sample.source().kind()).isEqualTo(DatasetSourceKind.LOCAL);
        assertThat(sample.source().location())
                .doesNotContain(TOKEN)
                .startsWith(dir.resolve("fetched").resolve("content").toString());
        assertThat(Files.readString(Path.of(sample.source().location()))).isEqualTo(IRIS);
    }

    @Test
    void a_user_and_password_in_the_url_are_masked_and_sent_as_a_login() {
        String masked = new SecretGuard(vault)
                .protect("alice", "http://alice:s3cret-pass@127.0.0.1:" + port() + "/login.csv", true, false, null)
                .text();

        DatasetSample sample = source(PublicAddresses::isPublic).inspect(query(masked, false, CancellationToken.NEVER));

        assertThat(masked).doesNotContain("s3cret-pass").startsWith("http://secret:url_credential:");
        assertThat(sample.table().header()).containsExactly("sepal", "petal", "species");
    }

    @Test
    void a_chat_build_may_not_fetch_a_loopback_address_and_is_not_told_what_it_holds() {
        String url = "http://127.0.0.1:" + port() + "/secret.csv";

        assertThatThrownBy(() -> source(PublicAddresses::isPublic).inspect(query(url, true, CancellationToken.NEVER)))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT))
                .hasMessageContaining("private network")
                .hasMessageNotContaining("password");
        assertThat(secretReads).hasValue(0);
    }

    @Test
    void a_redirect_to_an_internal_address_is_refused_at_its_hop() {
        // 127.0.0.1 stands for a public host here; 127.0.0.2 stays internal
        Predicate<InetAddress> onlyFirstHopPublic = a -> a.getHostAddress().equals("127.0.0.1");
        String url = "http://127.0.0.1:" + port() + "/hop";

        assertThatThrownBy(() -> source(onlyFirstHopPublic).inspect(query(url, true, CancellationToken.NEVER)))
                .hasMessageContaining("redirects there")
                .hasMessageNotContaining("password");
        assertThat(secretReads).hasValue(0);
    }

    @Test
    void a_terminal_build_may_fetch_loopback() {
        DatasetSample sample = source(PublicAddresses::isPublic)
                .inspect(query("http://127.0.0.1:" + port() + "/secret.csv", false, CancellationToken.NEVER));

        assertThat(sample.table().header()).containsExactly("password", "internal");
    }

    @Test
    void cancel_frees_a_slowly_sent_download_at_once() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        var failure = new AtomicReference<Throwable>();
        Thread worker = new Thread(() -> {
            try {
                source(PublicAddresses::isPublic)
                        .inspect(query("http://127.0.0.1:" + port() + "/slow.csv", false, cancelled::get));
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        worker.start();
        assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();

        cancelled.set(true);
        worker.join(Duration.ofSeconds(10).toMillis());

        assertThat(worker.isAlive()).isFalse();
        assertThat(failure.get())
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.CANCELLED));
    }

    @Test
    void a_download_past_its_deadline_is_refused_with_the_limit_named() throws Exception {
        UrlFetcher fetcher = new UrlFetcher(
                new OkHttpClient(),
                PublicAddresses::isPublic,
                new FetchLimits(1024 * 1024, Duration.ofMillis(500)),
                Executors.newSingleThreadScheduledExecutor(),
                Clock.systemUTC());
        var source = new UrlDatasetSource(
                fetcher, new LocalTableReader(dir, "/usr/bin/python3"), vault, new FetchedData(dir.resolve("fetched")));

        assertThatThrownBy(() -> source.inspect(query("http://127.0.0.1:" + port() + "/slow.csv", false, () -> false)))
                .hasMessageContaining("took longer than 0 s, the limit for a download");
    }

    @Test
    void recognises_internal_addresses_of_every_kind() throws Exception {
        for (String internal : new String[] {
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "224.0.0.1",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "64:ff9b::a00:1"
        }) {
            assertThat(PublicAddresses.isPublic(InetAddress.getByName(internal)))
                    .as(internal)
                    .isFalse();
        }
        assertThat(PublicAddresses.isPublic(InetAddress.getByName("93.184.216.34")))
                .isTrue();
        assertThat(PublicAddresses.isPublic(InetAddress.getByName("2606:2800:220:1::1")))
                .isTrue();
    }
}
