package io.mltrainer.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.mltrainer.core.port.out.SurfaceBusy;
import io.mltrainer.core.port.out.http.HttpFailure;
import io.mltrainer.core.port.out.http.HttpFailures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The Web API calls the surface makes, with Slack's errors turned into ours: a 429 is {@link SurfaceBusy} with the
 * wait Slack asked for; a posted message (not an edit) waits that long once, at most twice, before giving up.
 */
final class SlackApi {
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final MethodsClient methods;
    private final OkHttpClient uploads =
            new OkHttpClient.Builder().callTimeout(Duration.ofMinutes(2)).build();
    private final Retry posting;
    private final Clock clock;

    SlackApi(Slack slack, String botToken) {
        this(slack, botToken, Clock.systemUTC());
    }

    SlackApi(Slack slack, String botToken, Clock clock) {
        this.methods = slack.methods(botToken);
        this.clock = clock;
        this.posting = Retry.of(
                "slack-post",
                RetryConfig.custom()
                        .maxAttempts(3)
                        .retryExceptions(SurfaceBusy.class)
                        .intervalBiFunction(
                                (attempt, outcome) -> outcome.isLeft() && outcome.getLeft() instanceof SurfaceBusy busy
                                        ? Math.min(busy.retryAfter().toMillis(), LONGEST_WAIT.toMillis())
                                        : 1000L)
                        .build());
    }

    /** Posts a message (in a thread when {@code threadTs} is set) and returns its ts. */
    String post(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
        return Retry.decorateSupplier(
                        posting,
                        () -> call(() -> methods.chatPostMessage(r ->
                                r.channel(channel).threadTs(threadTs).text(text).blocks(blocks))))
                .get()
                .getTs();
    }

    /** Edits a message in place; a 429 is {@link SurfaceBusy} for the caller to wait out. */
    void update(String channel, String ts, String text, List<LayoutBlock> blocks) {
        call(() -> methods.chatUpdate(r -> r.channel(channel).ts(ts).text(text).blocks(blocks)));
    }

    /** The DM conversation with {@code user}. */
    String openDm(String user) {
        return call(() -> methods.conversationsOpen(r -> r.users(List.of(user))))
                .getChannel()
                .getId();
    }

    /**
     * Shares a file in a conversation or thread with Slack's upload flow: {@code files.getUploadURLExternal}, the
     * bytes posted raw to the upload URL (no token), then {@code files.completeUploadExternal}.
     */
    void upload(String channel, String threadTs, String name, byte[] content, String comment) {
        var target = call(
                () -> methods.filesGetUploadURLExternal(r -> r.filename(name).length(content.length)));
        Request put = new Request.Builder()
                .url(target.getUploadUrl())
                .post(RequestBody.create(content, MediaType.get("application/octet-stream")))
                .build();
        try (Response response = uploads.newCall(put).execute()) {
            if (!response.isSuccessful()) {
                throw new SlackCallFailed("Slack's upload URL answered HTTP " + response.code());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Slack's upload URL could not be reached", e);
        }
        call(() -> methods.filesCompleteUploadExternal(
                r -> r.files(List.of(FilesCompleteUploadExternalRequest.FileDetails.builder()
                                .id(target.getFileId())
                                .title(name)
                                .build()))
                        .channelId(channel)
                        .threadTs(threadTs)
                        .initialComment(comment)));
    }

    void openModal(String triggerId, View view) {
        call(() -> methods.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    private interface SlackCall<T> {
        T run() throws IOException, SlackApiException;
    }

    private <T> T call(SlackCall<T> call) {
        T response;
        try {
            response = call.run();
        } catch (SlackApiException e) {
            Optional<HttpFailure> failure = e.getResponse() == null
                    ? Optional.empty()
                    : HttpFailures.classify(e.getResponse().code(), e.getResponse()::header, clock);
            if (failure.isPresent() && failure.get().kind() == HttpFailure.Kind.RATE_LIMITED) {
                throw new SurfaceBusy(atLeastASecond(failure.get().retryAfter()), e);
            }
            throw new SlackCallFailed("Slack answered HTTP "
                    + (e.getResponse() == null ? "?" : e.getResponse().code()));
        } catch (IOException e) {
            throw new UncheckedIOException("Slack could not be reached", e);
        }
        if (response instanceof SlackApiTextResponse text && !text.isOk()) {
            if ("ratelimited".equals(text.getError())) {
                throw new SurfaceBusy(Duration.ofSeconds(1), null);
            }
            throw new SlackCallFailed("Slack refused the call: " + text.getError());
        }
        return response;
    }

    /** Slack's wait, never under a second (no header or an unreadable one: a second). */
    private static Duration atLeastASecond(Optional<Duration> asked) {
        Duration second = Duration.ofSeconds(1);
        return asked.filter(d -> d.compareTo(second) > 0).orElse(second);
    }

    /** A Web API call Slack refused; the message names Slack's error code, never a token. */
    static final class SlackCallFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SlackCallFailed(String message) {
            super(message);
        }
    }
}
