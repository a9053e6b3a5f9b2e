package io.mltrainer.discord;

import io.mltrainer.core.chat.ChatBackend;
import io.mltrainer.core.chat.Inbox;
import io.mltrainer.core.port.in.ChatUseCase;
import java.time.Clock;
import java.util.Optional;

/**
 * The running Discord surface, wired to the conversations, in up to two ways that share one
 * {@link InteractionHandler} and one REST {@link DiscordSurface}: the HTTP interactions endpoint (when
 * {@code DISCORD_PUBLIC_KEY} is set; any replica answers) and the gateway (when {@code DISCORD_BOT_TOKEN} is set;
 * on one replica at a time when started with a {@link GatewayLease}).
 */
public final class DiscordBot implements AutoCloseable {
    private final Inbox inbox;
    private final Optional<InteractionsEndpoint> endpoint;
    private final AutoCloseable gateway;
    private final String mode;

    private DiscordBot(Inbox inbox, Optional<InteractionsEndpoint> endpoint, AutoCloseable gateway, String mode) {
        this.inbox = inbox;
        this.endpoint = endpoint;
        this.gateway = gateway;
        this.mode = mode;
    }

    /**
     * Starts with the gateway connected here and now (one replica), and the HTTP endpoint when configured.
     *
     * @throws IllegalArgumentException when Discord refuses the token or the intents (the message says what to do)
     */
    public static DiscordBot start(DiscordConfig config, ChatBackend backend) {
        return start(config, backend, Optional.empty(), Clock.systemUTC());
    }

    /**
     * Starts with the gateway under {@code lease}: connected on whichever replica holds it, taken over when that one
     * dies.
     */
    public static DiscordBot start(DiscordConfig config, ChatBackend backend, GatewayLease lease) {
        return start(config, backend, Optional.of(lease), lease.clock());
    }

    private static DiscordBot start(
            DiscordConfig config, ChatBackend backend, Optional<GatewayLease> lease, Clock clock) {
        Optional<InteractionSignature> signature = config.publicKey().map(key -> new InteractionSignature(key, clock));
        DiscordRest rest = new DiscordRest(config.apiUrl(), config.token(), DiscordSurface.WAIT, clock);
        DiscordSurface surface = new DiscordSurface(rest, backend.cardMessages());
        Inbox inbox = new Inbox("discord", 4);
        ChatUseCase conversations = backend.connect(surface);
        InteractionHandler handler =
                new InteractionHandler(conversations, backend.deliveries(), surface, backend.uploads(), rest, inbox);
        Optional<InteractionsEndpoint> endpoint = signature.map(s -> new InteractionsEndpoint(
                s, handler, rest, config.applicationId().orElse("")));
        String http = endpoint.isPresent() ? "HTTP interactions" : "";
        if (config.token() == null) {
            return new DiscordBot(inbox, endpoint, () -> {}, "Discord (" + http + ")");
        }
        DiscordListener listener = new DiscordListener(handler, rest);
        String content = config.messageContent() ? "" : ", no message content";
        try {
            if (lease.isPresent()) {
                GatewayLeader leader = new GatewayLeader(lease.get(), () -> Gateway.connect(config, listener));
                leader.start();
                return new DiscordBot(
                        inbox,
                        endpoint,
                        leader,
                        "Discord (gateway on the leader replica" + (http.isEmpty() ? "" : ", " + http) + content + ")");
            }
            Gateway gateway = Gateway.connect(config, listener);
            return new DiscordBot(
                    inbox,
                    endpoint,
                    gateway,
                    "Discord (" + gateway.servers() + " servers" + (http.isEmpty() ? "" : ", " + http) + content + ")");
        } catch (RuntimeException e) {
            inbox.close();
            throw e;
        }
    }

    /** What answers {@code /discord/interactions}, when {@code DISCORD_PUBLIC_KEY} is set. */
    public Optional<InteractionsEndpoint> interactionsEndpoint() {
        return endpoint;
    }

    /** The path Discord's "Interactions Endpoint URL" must point at. */
    public static String interactionsPath() {
        return InteractionsEndpoint.PATH;
    }

    public String mode() {
        return mode;
    }

    /**
     * Takes no more work (an interaction that still arrives is told to try again), finishes the work already
     * acknowledged (it still talks to Discord), then disconnects the gateway and gives up its lease.
     */
    @Override
    public void close() {
        inbox.close();
        try {
            gateway.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the Discord gateway failed", e);
        }
    }
}
