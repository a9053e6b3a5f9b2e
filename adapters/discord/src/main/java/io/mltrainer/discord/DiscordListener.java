package io.mltrainer.discord;

import io.mltrainer.core.domain.ThreadKey;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * The gateway's events: interactions are read into {@link Interaction}s and answered by the
 * {@link InteractionHandler} through JDA ({@link JdaReply}); messages (mentions, threads, DMs) are handed to the
 * conversations in order. Nothing is worked on the gateway thread; each is handled once, also when the gateway
 * replays it after a reconnect.
 */
final class DiscordListener extends ListenerAdapter {
    private static final Pattern MENTION = Pattern.compile("<@!?\\d+>");

    private final InteractionHandler handler;
    private final DiscordRest rest;

    DiscordListener(InteractionHandler handler, DiscordRest rest) {
        this.handler = handler;
        this.rest = rest;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        Message.Attachment data = event.getOption("dataset", null, OptionMapping::getAsAttachment);
        handler.handle(
                new Interaction.SlashCommand(
                        event.getId(),
                        event.getUser().getId(),
                        place(event),
                        event.getName(),
                        event.getOption("request", "", OptionMapping::getAsString),
                        Optional.ofNullable(data).map(DiscordListener::attachment)),
                new JdaReply(event));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        handler.handle(
                new Interaction.ButtonPress(
                        event.getId(), event.getUser().getId(), place(event), event.getComponentId()),
                new JdaReply(event));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        var value = event.getValue(StatusMessage.INPUT);
        handler.handle(
                new Interaction.ModalSubmit(
                        event.getId(),
                        event.getUser().getId(),
                        place(event),
                        event.getModalId(),
                        value == null ? "" : value.getAsString()),
                new JdaReply(event));
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.getAuthor().isBot() || event.isWebhookMessage() || !handler.first("m" + event.getMessageId())) {
            return;
        }
        Message message = event.getMessage();
        String user = event.getAuthor().getId();
        boolean mentioned = message.getMentions().isMentioned(event.getJDA().getSelfUser());
        String text = MENTION.matcher(message.getContentRaw()).replaceAll("").strip();
        List<Interaction.Attachment> files = message.getAttachments().stream()
                .map(DiscordListener::attachment)
                .toList();
        if (event.isFromType(ChannelType.PRIVATE)) {
            ThreadKey dm = DiscordThreads.dm(event.getChannel().getId());
            handler.submit(dm, () -> handler.message(dm, user, text, true, true, handler.save(dm, files)));
            return;
        }
        String guild = event.getGuild().getId();
        if (event.getChannel() instanceof ThreadChannel thread) {
            ThreadKey key =
                    DiscordThreads.thread(guild, thread.getParentChannel().getId(), thread.getId());
            handler.submit(key, () -> handler.message(key, user, text, false, mentioned, handler.save(key, files)));
        } else if (mentioned) {
            String channel = event.getChannel().getId();
            ThreadKey here = DiscordThreads.thread(guild, channel, "");
            handler.submit(here, () -> {
                String thread = rest.startThread(channel, message.getId(), DiscordSurface.threadName(text));
                ThreadKey key = DiscordThreads.thread(guild, channel, thread);
                handler.message(key, user, text, false, true, handler.save(key, files));
            });
        }
    }

    private static Interaction.Attachment attachment(Message.Attachment attachment) {
        return new Interaction.Attachment(attachment.getFileName(), attachment.getSize(), attachment.getUrl());
    }

    private static ThreadKey place(net.dv8tion.jda.api.interactions.Interaction event) {
        return place(
                event.getChannel(),
                event.getGuild() == null ? null : event.getGuild().getId());
    }

    private static ThreadKey place(Channel channel, String guild) {
        if (guild == null) {
            return DiscordThreads.dm(channel.getId());
        }
        if (channel instanceof ThreadChannel thread) {
            return DiscordThreads.thread(guild, thread.getParentChannel().getId(), thread.getId());
        }
        return DiscordThreads.thread(guild, channel.getId(), "");
    }
}
