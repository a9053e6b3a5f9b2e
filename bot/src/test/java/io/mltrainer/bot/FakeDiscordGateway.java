package io.mltrainer.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on loopback, one resumable session: HELLO on open; IDENTIFY (op 2) answered with READY and
 * GUILD_CREATE, or closed with 4004 (token refused) or 4014 (a privileged intent the application may not use);
 * heartbeats (op 1) acknowledged (op 11); dispatches with increasing sequence numbers; RECONNECT (op 7) on request;
 * RESUME (op 6) answered with RESUMED.
 */
final class FakeDiscordGateway implements AutoCloseable {
    static final long MESSAGE_CONTENT = 1L << 15;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server = new Server();
    private final boolean messageContentAllowed;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger identifies = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean tokenAccepted = true;
    private volatile long intents;

    FakeDiscordGateway(boolean messageContentAllowed) {
        this.messageContentAllowed = messageContentAllowed;
        server.setReuseAddr(true);
        server.start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The URL the bot's session controller hands to JDA. */
    String url() {
        return "ws://127.0.0.1:" + server.getPort();
    }

    void refuseToken() {
        tokenAccepted = false;
    }

    int identifies() {
        return identifies.get();
    }

    int resumes() {
        return resumes.get();
    }

    /** The intents of the last IDENTIFY. */
    long intents() {
        return intents;
    }

    /** Sends a dispatch (op 0) of {@code type} to the connected bot. */
    void dispatch(String type, String data) {
        server.broadcast(
                "{\"op\":0,\"t\":\"" + type + "\",\"s\":" + sequence.incrementAndGet() + ",\"d\":" + data + "}");
    }

    /** Op 7: asks the bot to reconnect and resume, and waits until it has. */
    void reconnectAndAwaitResume(Duration timeout) throws InterruptedException {
        int before = resumes.get();
        server.broadcast("{\"op\":7,\"d\":null}");
        Waits.until("the bot to resume", () -> resumes.get() != before, timeout, () -> "it did not within " + timeout);
    }

    private void receive(WebSocket connection, String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (message.path("op").asInt()) {
            case 1 -> connection.send("{\"op\":11,\"d\":null}");
            case 2 -> identify(connection, message.path("d"));
            case 6 -> {
                resumes.incrementAndGet();
                dispatch("RESUMED", "{}");
            }
            default -> {}
        }
    }

    private void identify(WebSocket connection, JsonNode identify) {
        identifies.incrementAndGet();
        intents = identify.path("intents").asLong();
        if ((intents & MESSAGE_CONTENT) != 0 && !messageContentAllowed) {
            connection.close(4014, "Disallowed intent(s).");
        } else if (!tokenAccepted) {
            connection.close(4004, "Authentication failed.");
        } else {
            dispatch("READY", DiscordPayloads.ready(url()));
            dispatch("GUILD_CREATE", DiscordPayloads.guild());
        }
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Server extends WebSocketServer {
        Server() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onOpen(WebSocket connection, ClientHandshake handshake) {
            connection.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250},\"s\":null,\"t\":null}");
        }

        @Override
        public void onMessage(WebSocket connection, String text) {
            receive(connection, text);
        }

        @Override
        public void onClose(WebSocket connection, int code, String reason, boolean remote) {}

        @Override
        public void onError(WebSocket connection, Exception e) {}

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
