package io.mltrainer.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.model.File;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import io.mltrainer.core.chat.ChatMessage;
import io.mltrainer.core.chat.Conversations;
import io.mltrainer.core.chat.Deliveries;
import io.mltrainer.core.chat.Inbox;
import io.mltrainer.core.chat.Uploads;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.ThreadKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Slack's events, slash command and interactions, each acknowledged at once and handed to the {@link Inbox}:
 * mentions start or continue a build's thread, thread replies and DMs continue a conversation, a shared file is the
 * data, buttons act on a build, the modal takes a credential. Retried deliveries ({@code event_id}) are handled once.
 */
final class SlackEvents {
    static final String COMMAND = "/mltrainer";
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private final Conversations conversations;
    private final Deliveries deliveries;
    private final SlackSurface surface;
    private final SlackApi api;
    private final Attachments attachments;
    private final Inbox inbox;

    SlackEvents(
            Conversations conversations,
            Deliveries deliveries,
            SlackSurface surface,
            SlackApi api,
            Attachments attachments,
            Inbox inbox) {
        this.conversations = conversations;
        this.deliveries = deliveries;
        this.surface = surface;
        this.api = api;
        this.attachments = attachments;
        this.inbox = inbox;
    }

    /** A message as Slack delivered it, reduced to what a conversation needs. */
    record Incoming(
            ThreadKey thread, String user, String text, boolean privately, boolean addressed, List<File> files) {}

    void register(App app) {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent e = payload.getEvent();
            if (e.getBotId() == null && e.getUser() != null) {
                String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
                accept(
                        payload.getEventId(),
                        new Incoming(
                                Threads.of(payload.getTeamId(), e.getChannel(), thread),
                                e.getUser(),
                                withoutMentions(e.getText()),
                                false,
                                true,
                                files(e.getFiles())));
            }
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            message(
                    payload.getEventId(),
                    payload.getTeamId(),
                    ctx,
                    e.getBotId(),
                    e.getUser(),
                    e.getChannel(),
                    e.getChannelType(),
                    e.getThreadTs(),
                    e.getText(),
                    List.of());
            return ctx.ack();
        });
        app.event(MessageFileShareEvent.class, (payload, ctx) -> {
            MessageFileShareEvent e = payload.getEvent();
            message(
                    payload.getEventId(),
                    payload.getTeamId(),
                    ctx,
                    null,
                    e.getUser(),
                    e.getChannel(),
                    e.getChannelType(),
                    e.getThreadTs(),
                    e.getText(),
                    files(e.getFiles()));
            return ctx.ack();
        });
        // Other message subtypes (bots' messages, edits, joins…) are acknowledged by Bolt (see SlackBot).
        app.command(COMMAND, (req, ctx) -> {
            var p = req.getPayload();
            String text = p.getText() == null ? "" : p.getText().strip();
            if (text.isEmpty()) {
                return ctx.ack("Describe the model after the command, e.g. `/mltrainer classify spam SMS, dataset"
                        + " sms_spam on Hugging Face`.");
            }
            boolean dm = p.getChannelId().startsWith("D");
            inbox.submit(Threads.of(p.getTeamId(), p.getChannelId(), ""), () -> {
                ThreadKey thread = dm
                        ? Threads.of(p.getTeamId(), p.getChannelId(), "")
                        : surface.openThread(
                                Threads.of(p.getTeamId(), p.getChannelId(), ""),
                                "🧪 <@" + p.getUserId() + "> asked for a model with `" + COMMAND + "`. The build"
                                        + " lives in this thread.");
                conversations.handle(new ChatMessage(thread, p.getUserId(), text, dm, true, List.of()));
            });
            return ctx.ack();
        });
        app.blockAction(Pattern.compile("mltrainer_(status|cancel|resume)"), (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            BlockActionPayload.Action action = p.getActions().get(0);
            String threadTs = p.getContainer() == null ? null : p.getContainer().getThreadTs();
            ThreadKey thread = Threads.of(p.getTeam().getId(), p.getChannel().getId(), threadTs);
            Conversations.Button button = switch (action.getActionId()) {
                case BlockKit.CANCEL -> Conversations.Button.CANCEL;
                case BlockKit.RESUME -> Conversations.Button.RESUME;
                default -> Conversations.Button.STATUS;
            };
            inbox.submit(
                    thread,
                    () -> conversations.press(thread, p.getUser().getId(), button, new JobId(action.getValue())));
            return ctx.ack();
        });
        app.blockAction(BlockKit.CREDENTIALS, (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            ThreadKey thread = Threads.decode(p.getActions().get(0).getValue());
            api.openModal(
                    p.getTriggerId(), BlockKit.credentialsModal(thread, "The token or key the thread asked you for"));
            return ctx.ack();
        });
        // Slack closes a modal it does not see acknowledged within 3 s, and checking a credential with its service
        // may take far longer: the modal closes at once and the result comes as a DM.
        app.viewSubmission(BlockKit.CREDENTIALS_VIEW, (req, ctx) -> {
            var view = req.getPayload().getView();
            ThreadKey thread = Threads.decode(view.getPrivateMetadata());
            var block = view.getState().getValues().get(BlockKit.CREDENTIAL_BLOCK);
            String value = block == null || block.get(BlockKit.CREDENTIAL_INPUT) == null
                    ? ""
                    : block.get(BlockKit.CREDENTIAL_INPUT).getValue();
            String user = req.getPayload().getUser().getId();
            inbox.submit(thread, () -> {
                List<String> privately = conversations.credentials(thread, user, value == null ? "" : value);
                api.post(
                        api.openDm(user),
                        null,
                        privately.isEmpty()
                                ? "Thanks, got it. We continue in the build's thread."
                                : String.join("\n", privately),
                        null);
            });
            return ctx.ack();
        });
    }

    private void message(
            String eventId,
            String team,
            Context ctx,
            String botId,
            String user,
            String channel,
            String channelType,
            String threadTs,
            String text,
            List<File> files) {
        if (botId != null || user == null || user.equals(ctx.getBotUserId())) {
            return; // the bot's own messages, other bots
        }
        boolean dm = "im".equals(channelType);
        String raw = text == null ? "" : text;
        boolean mentionsBot = ctx.getBotUserId() != null && raw.contains("<@" + ctx.getBotUserId());
        if (!dm && (threadTs == null || mentionsBot)) {
            return; // channel chatter, or a mention (which arrives as app_mention too)
        }
        accept(
                eventId,
                new Incoming(Threads.of(team, channel, dm ? "" : threadTs), user, withoutMentions(raw), dm, dm, files));
    }

    private void accept(String eventId, Incoming in) {
        if (eventId != null && !deliveries.firstDelivery(Threads.PLATFORM, eventId)) {
            return; // Slack retried a delivery it did not see acknowledged in time
        }
        inbox.submit(in.thread(), () -> handle(in));
    }

    private void handle(Incoming in) {
        List<Path> saved = new ArrayList<>();
        for (File file : in.files()) {
            String refusal = attachments.refusal(file);
            if (refusal != null) {
                surface.say(in.thread(), refusal);
                continue;
            }
            try {
                saved.add(attachments.save(in.thread(), file));
            } catch (Uploads.UploadRefused e) {
                surface.say(in.thread(), e.getMessage());
            }
        }
        if (in.text().isBlank() && saved.isEmpty()) {
            return;
        }
        conversations.handle(new ChatMessage(
                in.thread(), in.user(), in.text(), in.privately(), in.addressed() || !saved.isEmpty(), saved));
    }

    private static List<File> files(List<File> files) {
        return files == null ? List.of() : files;
    }

    static String withoutMentions(String text) {
        return text == null ? "" : MENTION.matcher(text).replaceAll("").strip();
    }
}
