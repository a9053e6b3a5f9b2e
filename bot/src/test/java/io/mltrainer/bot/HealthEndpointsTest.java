package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.mltrainer.persistence.Database;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthEndpointsTest {
    @TempDir
    Path home;

    private final HttpClient client = HttpClient.newHttpClient();
    private Database database;
    private HttpServer http;
    private HealthEndpoints health;

    @BeforeEach
    void startServer() throws Exception {
        database = Database.embedded(home);
        health = new HealthEndpoints(database::ready);
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        health.register(http);
        http.start();
    }

    @AfterEach
    void stopServer() {
        http.stop(0);
        database.close();
    }

    @Test
    void live_and_ready_answer_200_with_a_migrated_database() throws Exception {
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"ok\"");
        assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void plain_health_is_an_alias_of_ready() throws Exception {
        assertThat(get("/health").statusCode()).isEqualTo(200);

        health.drain();

        assertThat(get("/health").statusCode()).isEqualTo(503);
    }

    @Test
    void paths_are_matched_exactly() throws Exception {
        assertThat(get("/healthx").statusCode()).isEqualTo(404);
        assertThat(get("/health/ready/x").statusCode()).isEqualTo(404);
        assertThat(get("/health/livez").statusCode()).isEqualTo(404);
    }

    @Test
    void a_draining_replica_is_live_but_not_ready() throws Exception {
        health.drain();

        HttpResponse<String> ready = get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("draining");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void an_unreachable_database_makes_the_replica_not_ready_but_still_live() throws Exception {
        database.close();

        HttpResponse<String> ready = get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("database unavailable");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void a_database_without_the_latest_migration_is_not_ready() throws Exception {
        database.dsl()
                .execute("delete from \"flyway_schema_history\" where \"installed_rank\" ="
                        + " (select max(\"installed_rank\") from \"flyway_schema_history\")");

        HttpResponse<String> ready = get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + path);
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
