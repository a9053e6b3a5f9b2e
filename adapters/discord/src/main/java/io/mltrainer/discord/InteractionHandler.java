package io.mltrainer.discord;

import io.mltrainer.core.chat.Inbox;
import io.mltrainer.core.chat.Uploads;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.in.ChatMessage;
import io.mltrainer.core.port.in.ChatUseCase;
import io.mltrainer.core.port.out.Deliveries;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What mltrainer does with Discord's interactions and messages, the one place for both the gateway
 * ({@link DiscordListener}) and the HTTP endpoint ({@link InteractionsEndpoint}): each interaction is acknowledged at
 * once (deferred within Discord's 3 s, ephemeral where the answer is personal, modals opened directly) and the work
 * is handed to the {@link Inbox}, never done on the thread that received it. Each is handled once, also when it is
 * delivered again.
 */
final class InteractionHandler {
    static final String STOPPING = "mltrainer is restarting; please try again in a minute.";

    private final ChatUseCase conversations;
    private final Deliveries deliveries;
    private final DiscordSurface surface;
    private final Uploads uploads;
    private final DiscordRest rest;
    private final Inbox inbox;

    InteractionHandler(
            ChatUseCase conversations,
            Deliveries deliveries,
            DiscordSurface surface,
            Uploads uploads,
            DiscordRest rest,
            Inbox inbox) {
        this.conversations = conversations;
        this.deliveries = deliveries;
        this.surface = surface;
        this.uploads = uploads;
        this.rest = rest;
        this.inbox = inbox;
    }

    /** Answers {@code interaction} through {@code reply}; nothing for a repeated delivery or a foreign component. */
    void handle(Interaction interaction, InteractionReply reply) {
        if (interaction instanceof Interaction.SlashCommand command) {
            if (first(command.id())) {
                command(command, reply);
            }
        } else if (interaction instanceof Interaction.ButtonPress press) {
            if (press.componentId().startsWith(StatusMessage.PREFIX) && first(press.id())) {
                button(press, reply);
            }
        } else if (interaction instanceof Interaction.ModalSubmit submit
                && submit.modalId().startsWith(StatusMessage.MODAL)
                && first(submit.id())) {
            modal(submit, reply);
        }
    }

    private void command(Interaction.SlashCommand command, InteractionReply reply) {
        ThreadKey here = command.place();
        String user = command.user();
        switch (command.name()) {
            case "help" -> reply.reply(Commands.HELP, true);
            case "credentials" -> reply.modal(StatusMessage.credentialsModal(here));
            case "train" -> {
                reply.defer(false);
                boolean dm = here.workspace().equals("@me");
                handOff(here, reply, () -> {
                    ThreadKey thread = here.thread().isEmpty() && !dm
                            ? surface.openThread(here, "🧪 <@" + user + "> asked for a model: " + command.request())
                            : here;
                    reply.editOriginal("Your build lives in <#" + DiscordThreads.channelOf(thread) + ">.");
                    message(
                            thread,
                            user,
                            command.request(),
                            dm,
                            true,
                            save(thread, command.dataset().stream().toList()));
                });
            }
            default -> {
                reply.defer(true);
                String word = command.name(); // status, resume, cancel, builds: the same as typing them
                handOff(here, reply, () -> {
                    conversations.handle(new ChatMessage(here, user, word, false, true, List.of()));
                    reply.editOriginal("Answered in the channel.");
                });
            }
        }
    }

    private void button(Interaction.ButtonPress press, InteractionReply reply) {
        String id = press.componentId();
        if (id.startsWith(StatusMessage.CREDENTIALS)) {
            reply.modal(StatusMessage.credentialsModal(
                    DiscordThreads.decode(id.substring(StatusMessage.CREDENTIALS.length()))));
            return;
        }
        reply.deferUpdate();
        String[] parts = id.split(":", 3);
        ChatUseCase.Button button = switch (parts[1]) {
            case "cancel" -> ChatUseCase.Button.CANCEL;
            case "resume" -> ChatUseCase.Button.RESUME;
            default -> ChatUseCase.Button.STATUS;
        };
        handOff(
                press.place(),
                reply,
                () -> conversations.press(press.place(), press.user(), button, new JobId(parts[2])));
    }

    private void modal(Interaction.ModalSubmit submit, InteractionReply reply) {
        ThreadKey thread = DiscordThreads.decode(submit.modalId().substring(StatusMessage.MODAL.length()));
        reply.defer(true);
        handOff(thread, reply, () -> {
            List<String> privately = conversations.credentials(thread, submit.user(), submit.value());
            reply.editOriginal(
                    privately.isEmpty()
                            ? "Thanks, got it. We continue in the build's thread."
                            : StatusMessage.limit(String.join("\n", privately)));
        });
    }

    /** A message typed in a channel, thread or DM, with its attachments, handed to the conversations in order. */
    boolean submit(ThreadKey thread, Runnable work) {
        return inbox.submit(thread, work);
    }

    /** Hands a message to the conversations (nothing when it has neither words nor files). */
    void message(ThreadKey thread, String user, String text, boolean dm, boolean addressed, List<Path> files) {
        if (text.isBlank() && files.isEmpty()) {
            return;
        }
        conversations.handle(new ChatMessage(thread, user, text, dm, addressed || !files.isEmpty(), files));
    }

    /** Shared files saved into the upload area; a refused one is explained in the thread. */
    List<Path> save(ThreadKey thread, List<Interaction.Attachment> attachments) {
        List<Path> saved = new ArrayList<>();
        for (Interaction.Attachment attachment : attachments) {
            String refusal = uploads.refusal(attachment.fileName(), attachment.size());
            if (refusal != null) {
                surface.say(thread, refusal);
                continue;
            }
            try (InputStream in = rest.download(attachment.url())) {
                saved.add(uploads.save(thread, attachment.fileName(), in));
            } catch (Uploads.UploadRefused e) {
                surface.say(thread, e.getMessage());
            } catch (Exception e) {
                surface.say(thread, "I could not download `" + attachment.fileName() + "`: " + e.getMessage());
            }
        }
        return saved;
    }

    /** Whether this delivery (an interaction or message id) is the first. */
    boolean first(String id) {
        return deliveries.firstDelivery(DiscordThreads.PLATFORM, id);
    }

    /** Hands acknowledged work to the inbox; while the bot shuts down, the user is told instead of left waiting. */
    private void handOff(ThreadKey thread, InteractionReply reply, Runnable work) {
        if (!inbox.submit(thread, work)) {
            reply.followUp(STOPPING, true);
        }
    }
}
