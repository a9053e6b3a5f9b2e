package io.mltrainer.discord;

import io.mltrainer.core.chat.ChatMessage;
import io.mltrainer.core.chat.Conversations;
import io.mltrainer.core.chat.Deliveries;
import io.mltrainer.core.chat.Inbox;
import io.mltrainer.core.chat.Uploads;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.ThreadKey;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * Discord's interactions and messages: each acknowledged at once (deferred within Discord's 3 s) and handed to the
 * {@link Inbox}, never worked on the gateway thread. Interactions and messages are handled once each, also when
 * the gateway replays them after a reconnect.
 */
final class DiscordListener extends ListenerAdapter {
    private static final Pattern MENTION = Pattern.compile("<@!?\\d+>");
    private static final String STOPPING = "mltrainer is restarting; please try again in a minute.";

    private final Conversations conversations;
    private final Deliveries deliveries;
    private final DiscordSurface surface;
    private final Uploads uploads;
    private final Inbox inbox;

    DiscordListener(
            Conversations conversations, Deliveries deliveries, DiscordSurface surface, Uploads uploads, Inbox inbox) {
        this.conversations = conversations;
        this.deliveries = deliveries;
        this.surface = surface;
        this.uploads = uploads;
        this.inbox = inbox;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!first(event.getId())) {
            return;
        }
        String user = event.getUser().getId();
        ThreadKey here = place(
                event.getChannel(),
                event.getGuild() == null ? null : event.getGuild().getId());
        switch (event.getName()) {
            case "help" -> event.reply(Commands.HELP).setEphemeral(true).queue();
            case "credentials" ->
                event.replyModal(StatusMessage.credentialsModal(here)).queue();
            case "train" -> {
                event.deferReply().queue();
                String request = event.getOption("request", "", OptionMapping::getAsString);
                Message.Attachment data = event.getOption("dataset", null, OptionMapping::getAsAttachment);
                handOff(here, event.getHook(), () -> {
                    ThreadKey thread =
                            here.thread().isEmpty() && !here.workspace().equals("@me")
                                    ? surface.openThread(here, "🧪 <@" + user + "> asked for a model: " + request)
                                    : here;
                    event.getHook()
                            .editOriginal("Your build lives in <#" + DiscordThreads.channelOf(thread) + ">.")
                            .queue();
                    handle(thread, user, request, here.workspace().equals("@me"), true, attachments(thread, data));
                });
            }
            default -> {
                event.deferReply(true).queue();
                String word = event.getName(); // status, resume, cancel, builds: the same as typing them
                handOff(here, event.getHook(), () -> {
                    conversations.handle(new ChatMessage(here, user, word, false, true, List.of()));
                    event.getHook().editOriginal("Answered in the channel.").queue();
                });
            }
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.getAuthor().isBot() || event.isWebhookMessage() || !first("m" + event.getMessageId())) {
            return;
        }
        Message message = event.getMessage();
        String user = event.getAuthor().getId();
        boolean mentioned = message.getMentions().isMentioned(event.getJDA().getSelfUser());
        String text = MENTION.matcher(message.getContentRaw()).replaceAll("").strip();
        if (event.isFromType(ChannelType.PRIVATE)) {
            ThreadKey dm = DiscordThreads.dm(event.getChannel().getId());
            inbox.submit(dm, () -> handle(dm, user, text, true, true, attachments(dm, message)));
            return;
        }
        String guild = event.getGuild().getId();
        if (event.getChannel() instanceof ThreadChannel thread) {
            ThreadKey key =
                    DiscordThreads.thread(guild, thread.getParentChannel().getId(), thread.getId());
            inbox.submit(key, () -> handle(key, user, text, false, mentioned, attachments(key, message)));
        } else if (mentioned) {
            ThreadKey channel = DiscordThreads.thread(guild, event.getChannel().getId(), "");
            inbox.submit(channel, () -> {
                ThreadChannel thread = message.createThreadChannel(DiscordSurface.threadName(text))
                        .complete();
                ThreadKey key = DiscordThreads.thread(guild, event.getChannel().getId(), thread.getId());
                handle(key, user, text, false, true, attachments(key, message));
            });
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String id = event.getComponentId();
        if (!id.startsWith(StatusMessage.PREFIX) || !first(event.getId())) {
            return;
        }
        if (id.startsWith(StatusMessage.CREDENTIALS)) {
            ThreadKey thread = DiscordThreads.decode(id.substring(StatusMessage.CREDENTIALS.length()));
            event.replyModal(StatusMessage.credentialsModal(thread)).queue();
            return;
        }
        event.deferEdit().queue();
        String[] parts = id.split(":", 3);
        Conversations.Button button = switch (parts[1]) {
            case "cancel" -> Conversations.Button.CANCEL;
            case "resume" -> Conversations.Button.RESUME;
            default -> Conversations.Button.STATUS;
        };
        ThreadKey here = place(
                event.getChannel(),
                event.getGuild() == null ? null : event.getGuild().getId());
        String user = event.getUser().getId();
        handOff(here, event.getHook(), () -> conversations.press(here, user, button, new JobId(parts[2])));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (!event.getModalId().startsWith(StatusMessage.MODAL) || !first(event.getId())) {
            return;
        }
        ThreadKey thread = DiscordThreads.decode(event.getModalId().substring(StatusMessage.MODAL.length()));
        var value = event.getValue(StatusMessage.INPUT);
        String text = value == null ? "" : value.getAsString();
        String user = event.getUser().getId();
        event.deferReply(true).queue();
        handOff(thread, event.getHook(), () -> {
            List<String> privately = conversations.credentials(thread, user, text);
            event.getHook()
                    .editOriginal(
                            privately.isEmpty()
                                    ? "Thanks, got it. We continue in the build's thread."
                                    : StatusMessage.limit(String.join("\n", privately)))
                    .queue();
        });
    }

    /** Hands acknowledged work to the inbox; while the bot shuts down, the user is told instead of left waiting. */
    private void handOff(ThreadKey thread, InteractionHook hook, Runnable work) {
        if (!inbox.submit(thread, work)) {
            hook.sendMessage(STOPPING).setEphemeral(true).queue();
        }
    }

    private void handle(ThreadKey thread, String user, String text, boolean dm, boolean addressed, List<Path> files) {
        if (text.isBlank() && files.isEmpty()) {
            return;
        }
        conversations.handle(new ChatMessage(thread, user, text, dm, addressed || !files.isEmpty(), files));
    }

    private List<Path> attachments(ThreadKey thread, Message message) {
        List<Path> saved = new ArrayList<>();
        for (Message.Attachment attachment : message.getAttachments()) {
            saved.addAll(attachments(thread, attachment));
        }
        return saved;
    }

    /** A shared file saved into the upload area; a refused one is explained in the thread. */
    private List<Path> attachments(ThreadKey thread, Message.Attachment attachment) {
        if (attachment == null) {
            return List.of();
        }
        String refusal = uploads.refusal(attachment.getFileName(), attachment.getSize());
        if (refusal != null) {
            surface.say(thread, refusal);
            return List.of();
        }
        try (InputStream in = attachment.getProxy().download().get(5, TimeUnit.MINUTES)) {
            return List.of(uploads.save(thread, attachment.getFileName(), in));
        } catch (Uploads.UploadRefused e) {
            surface.say(thread, e.getMessage());
            return List.of();
        } catch (Exception e) {
            surface.say(thread, "I could not download `" + attachment.getFileName() + "`: " + e.getMessage());
            return List.of();
        }
    }

    private static ThreadKey place(MessageChannel channel, String guild) {
        if (guild == null) {
            return DiscordThreads.dm(channel.getId());
        }
        if (channel instanceof ThreadChannel thread) {
            return DiscordThreads.thread(guild, thread.getParentChannel().getId(), thread.getId());
        }
        return DiscordThreads.thread(guild, channel.getId(), "");
    }

    private boolean first(String id) {
        return deliveries.firstDelivery(DiscordThreads.PLATFORM, id);
    }
}
