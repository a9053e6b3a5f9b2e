package io.mltrainer.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.File;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import io.mltrainer.core.chat.Inbox;
import io.mltrainer.core.chat.Uploads;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.in.ChatMessage;
import io.mltrainer.core.port.in.ChatUseCase;
import io.mltrainer.core.port.out.Deliveries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Slack's events, slash command and interactions, each acknowledged at once and handed to the {@link Inbox}:
 * mentions start or continue a build's thread, thread replies and DMs continue a conversation, a shared file is the
 * data, buttons act on a build, the modal takes a credential. One method per kind of request; bots' own messages are
 * filtered by the {@link IgnoringBots} middleware; retried deliveries ({@code event_id}) are handled once by
 * {@link OncePerEvent}, on the inbox after the acknowledgement.
 */
final class SlackEvents {
    static final String COMMAND = "/mltrainer";
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
    private static final Pattern BUILD_BUTTONS = Pattern.compile("mltrainer_(status|cancel|resume)");

    private final ChatUseCase conversations;
    private final OncePerEvent once;
    private final SlackSurface surface;
    private final SlackApi api;
    private final Attachments attachments;
    private final Inbox inbox;

    SlackEvents(
            ChatUseCase conversations,
            Deliveries deliveries,
            SlackSurface surface,
            SlackApi api,
            Attachments attachments,
            Inbox inbox) {
        this.conversations = conversations;
        this.once = new OncePerEvent(deliveries);
        this.surface = surface;
        this.api = api;
        this.attachments = attachments;
        this.inbox = inbox;
    }

    /** A message as Slack delivered it, reduced to what a conversation needs. */
    record Incoming(
            ThreadKey thread, String user, String text, boolean privately, boolean addressed, List<File> files) {}

    void register(App app) {
        app.use(new IgnoringBots());
        app.event(AppMentionEvent.class, this::mention);
        app.event(MessageEvent.class, this::message);
        app.event(MessageFileShareEvent.class, this::fileShare);
        // Other message subtypes (bots' messages, edits, joins…) are acknowledged by Bolt (see SlackBot).
        app.command(COMMAND, this::command);
        app.blockAction(BUILD_BUTTONS, this::button);
        app.blockAction(BlockKit.CREDENTIALS, this::credentialsButton);
        app.viewSubmission(BlockKit.CREDENTIALS_VIEW, this::credentialsEntered);
    }

    /** A mention opens a thread under it, or continues the thread it was made in. */
    private Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent e = payload.getEvent();
        if (e.getUser() != null) {
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
    }

    private Response message(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        var m = new Posted(e.getUser(), e.getChannel(), e.getChannelType(), e.getThreadTs(), e.getText(), List.of());
        return posted(payload, ctx, m);
    }

    private Response fileShare(EventsApiPayload<MessageFileShareEvent> payload, EventContext ctx) {
        MessageFileShareEvent e = payload.getEvent();
        List<File> files = files(e.getFiles());
        return posted(
                payload,
                ctx,
                new Posted(e.getUser(), e.getChannel(), e.getChannelType(), e.getThreadTs(), e.getText(), files));
    }

    /** {@code /mltrainer <request>}: a parent message in the channel (a DM is its own thread), the build under it. */
    private Response command(SlashCommandRequest req, SlashCommandContext ctx) {
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
    }

    /** A status card's button: status, cancel or resume of its build. */
    private Response button(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        BlockActionPayload.Action action = p.getActions().get(0);
        String threadTs = p.getContainer() == null ? null : p.getContainer().getThreadTs();
        ThreadKey thread = Threads.of(p.getTeam().getId(), p.getChannel().getId(), threadTs);
        ChatUseCase.Button button = switch (action.getActionId()) {
            case BlockKit.CANCEL -> ChatUseCase.Button.CANCEL;
            case BlockKit.RESUME -> ChatUseCase.Button.RESUME;
            default -> ChatUseCase.Button.STATUS;
        };
        inbox.submit(
                thread, () -> conversations.press(thread, p.getUser().getId(), button, new JobId(action.getValue())));
        return ctx.ack();
    }

    private Response credentialsButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        ThreadKey thread = Threads.decode(p.getActions().get(0).getValue());
        api.openModal(p.getTriggerId(), BlockKit.credentialsModal(thread, "The token or key the thread asked you for"));
        return ctx.ack();
    }

    /**
     * Slack closes a modal it does not see acknowledged within 3 s, and checking a credential with its service may
     * take far longer: the modal closes at once and the result comes as a DM.
     */
    private Response credentialsEntered(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
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
    }

    /** A message event reduced to what decides whether it is for us. */
    private record Posted(
            String user, String channel, String channelType, String threadTs, String text, List<File> files) {}

    /** A thread reply or a DM continues a conversation; channel chatter and mentions (sent twice) do not. */
    private Response posted(EventsApiPayload<?> payload, Context ctx, Posted m) {
        if (m.user() != null) {
            continueConversation(payload.getEventId(), payload.getTeamId(), ctx, m);
        }
        return ctx.ack();
    }

    private void continueConversation(String eventId, String team, Context ctx, Posted m) {
        boolean dm = "im".equals(m.channelType());
        String raw = m.text() == null ? "" : m.text();
        boolean mentionsBot = ctx.getBotUserId() != null && raw.contains("<@" + ctx.getBotUserId());
        if (!dm && (m.threadTs() == null || mentionsBot)) {
            return; // channel chatter, or a mention (which arrives as app_mention too)
        }
        accept(
                eventId,
                new Incoming(
                        Threads.of(team, m.channel(), dm ? "" : m.threadTs()),
                        m.user(),
                        withoutMentions(raw),
                        dm,
                        dm,
                        m.files()));
    }

    /** Hands the message to its thread's inbox at once; the de-duplication write runs there, after the ack. */
    private void accept(String eventId, Incoming in) {
        inbox.submit(in.thread(), () -> once.run(eventId, () -> handle(in)));
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
