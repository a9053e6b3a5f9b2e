package io.mltrainer.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDA client on Discord's gateway, with the slash commands registered: it receives mentions, thread messages,
 * DMs and (when no HTTP endpoint is set up) interactions. A rejected token or a disallowed intent stops it with an
 * explanation instead of reconnecting.
 */
final class Gateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    private static final Duration READY_WAIT = Duration.ofSeconds(60);

    private final JDA jda;
    private final DiscordListener listener;

    private Gateway(JDA jda, DiscordListener listener) {
        this.jda = jda;
        this.listener = listener;
    }

    /**
     * Connects, waits until the gateway is ready and registers the commands.
     *
     * @throws IllegalArgumentException when Discord refuses the token or the intents (the message says what to do)
     */
    static Gateway connect(DiscordConfig config, DiscordListener listener) {
        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        if (config.messageContent()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        } else {
            LOG.warn("Discord: the Message Content intent is off, so words typed in a build's thread are not seen;"
                    + " slash commands, mentions, DMs and buttons work. Enable it for the application in the"
                    + " Developer Portal (Bot → Privileged Gateway Intents) and set DISCORD_MESSAGE_CONTENT=true.");
        }
        CompletableFuture<CloseCode> closed = new CompletableFuture<>();
        JDABuilder builder = JDABuilder.createLight(config.token(), intents)
                .setRestConfig(new RestConfig().setBaseUrl(config.apiUrl()))
                .setCompression(Compression.NONE)
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onShutdown(ShutdownEvent event) {
                        closed.complete(event.getCloseCode());
                    }
                });
        if (config.gatewayUrl() != null) {
            builder.setSessionController(new ConcurrentSessionController() {
                @Override
                public String getGateway() {
                    return config.gatewayUrl();
                }
            });
        }
        JDA jda;
        try {
            jda = builder.build();
        } catch (InvalidTokenException e) {
            throw new IllegalArgumentException(
                    "Discord refused DISCORD_BOT_TOKEN (401): copy the token again from the"
                            + " Developer Portal (Bot → Reset Token).",
                    e);
        }
        jda.addEventListener(listener);
        try {
            CompletableFuture.runAsync(() -> {
                        try {
                            jda.awaitReady();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted", e);
                        }
                    })
                    .get(READY_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            // The shutdown event with Discord's close code may still be on its way.
            CloseCode code = closed.completeOnTimeout(null, 5, TimeUnit.SECONDS).join();
            jda.shutdownNow();
            throw new IllegalArgumentException(explain(code, e), e);
        }
        registerCommands(jda, config);
        return new Gateway(jda, listener);
    }

    static String explain(CloseCode code, Exception e) {
        if (code == CloseCode.AUTHENTICATION_FAILED) {
            return "Discord closed the connection with 4004 (authentication failed): the bot token is wrong or was"
                    + " reset. Copy it again from the Developer Portal.";
        }
        if (code == CloseCode.DISALLOWED_INTENTS) {
            return "Discord closed the connection with 4014 (disallowed intents): enable the Message Content intent"
                    + " for the application in the Developer Portal (Bot → Privileged Gateway Intents), or unset"
                    + " DISCORD_MESSAGE_CONTENT to run without it.";
        }
        return "Discord did not get ready (" + (code == null ? e.getMessage() : code + ": " + code.getMeaning()) + ").";
    }

    private static void registerCommands(JDA jda, DiscordConfig config) {
        if (config.guildIds().isEmpty()) {
            jda.updateCommands().addCommands(Commands.all()).queue();
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String id : config.guildIds()) {
            Guild guild = jda.getGuildById(id);
            if (guild == null) {
                missing.add(id);
            } else {
                guild.updateCommands().addCommands(Commands.all()).queue();
            }
        }
        if (!missing.isEmpty()) {
            LOG.warn("Discord: the bot is not in the guilds {} of DISCORD_GUILD_IDS; invite it there.", missing);
        }
    }

    int servers() {
        return jda.getGuilds().size();
    }

    /** Takes no more events, lets JDA send what is queued, then disconnects. */
    @Override
    public void close() {
        jda.removeEventListener(listener);
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        }
    }
}
