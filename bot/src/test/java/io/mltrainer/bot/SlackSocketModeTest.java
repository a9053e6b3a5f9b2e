package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.mltrainer.slack.SlackBot;
import io.mltrainer.slack.SlackConfig;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Socket Mode: the app asks for a connection, is greeted, receives an event envelope and acknowledges it. */
class SlackSocketModeTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    /** Slack's side of a Socket Mode connection: hello on open, then one events_api envelope. */
    static final class FakeSocket extends WebSocketServer {
        final List<String> received = new CopyOnWriteArrayList<>();

        FakeSocket() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"applink-fake\","
                    + "\"build_number\":1,\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":"
                    + "\"A1\"}}");
            conn.send("{\"envelope_id\":\"env-1\",\"payload\":{\"token\":\"legacy\",\"team_id\":\"T1\","
                    + "\"api_app_id\":\"A1\",\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@"
                    + FakeSlack.BOT_USER + "> help\",\"ts\":\"1700000000.000100\",\"channel\":\"C1\",\"event_ts\":"
                    + "\"1700000000.000100\"},\"type\":\"event_callback\",\"event_id\":\"EvSOCKET1\",\"event_time\":"
                    + "1700000000},\"type\":\"events_api\",\"accepts_response_payload\":false,\"retry_attempt\":0,"
                    + "\"retry_reason\":\"\"}");
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(message);
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

        @Override
        public void onError(WebSocket conn, Exception ex) {}

        @Override
        public void onStart() {}
    }

    @Test
    void an_event_over_socket_mode_is_acknowledged_and_answered_in_its_thread() throws Exception {
        FakeSocket socket = new FakeSocket();
        socket.start();
        try (FakeSlack slack = new FakeSlack("unused")) {
            Waits.until("the fake socket's port", () -> socket.getPort() != 0, () -> "the socket never bound");
            slack.socketAt("ws://127.0.0.1:" + socket.getPort() + "/link/?ticket=fake");
            Cli cli = new Cli(home, work);
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            try (Application app = Application.open(cli.settings(), work, cli.env);
                    SlackBot bot = SlackBot.start(
                            new SlackConfig(FakeSlack.BOT_TOKEN, null, "xapp-1-A1-123-fakeapptoken", slack.apiUrl()),
                            app,
                            http)) {
                assertThat(bot.mode()).contains("Socket Mode");
                Waits.until(
                        "the ack and the answer",
                        () -> !slack.posted("C1", "1700000000.000100").isEmpty()
                                && socket.received.stream().anyMatch(m -> m.contains("env-1")),
                        Duration.ofSeconds(30),
                        () -> "Slack saw:\n" + slack.transcript() + "\nsocket got: " + socket.received);
                assertThat(slack.calls("apps.connections.open")).isNotEmpty();
                assertThat(socket.received).anyMatch(m -> m.contains("\"envelope_id\":\"env-1\""));
                assertThat(slack.posted("C1", "1700000000.000100").get(0)).contains("fork <changes>");
            } finally {
                http.stop(0);
            }
        } finally {
            socket.stop(1000);
        }
    }
}
