package io.mltrainer.discord;

import io.mltrainer.core.port.out.SurfaceBusy;
import io.mltrainer.core.port.out.http.RetryAfter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import net.dv8tion.jda.api.utils.data.DataObject;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Discord's REST API by channel and message id, with the bot token ({@code Authorization: Bot …}); the interaction
 * webhooks with their own token. It keeps no cache, so any replica can post in any thread, also after a restart. A
 * 429 is {@link SurfaceBusy} with Discord's {@code retry_after}; a message in an archived thread is answered by
 * unarchiving the thread ({@code PATCH channels/{id} {"archived":false}}) and sending again, once.
 */
final class DiscordRest {
    static final MediaType JSON = MediaType.get("application/json");
    /** Discord's error code for "Thread is archived". */
    static final int ARCHIVED = 50083;
    /** A week: build threads stay open while a build trains. */
    static final int AUTO_ARCHIVE_MINUTES = 10080;

    private final OkHttpClient http;
    private final String apiUrl;
    private final String token;
    private final Clock clock;

    DiscordRest(String apiUrl, String token, Duration timeout, Clock clock) {
        this.apiUrl = apiUrl;
        this.token = token;
        this.clock = clock;
        this.http = new OkHttpClient.Builder().callTimeout(timeout).build();
    }

    /** Posts a message (JSON: content, components) in a channel or thread; the message object. */
    DataObject post(String channel, DataObject message) {
        return inThread(channel, () -> call("POST", "channels/" + channel + "/messages", message));
    }

    /** Posts a message with one file. */
    DataObject postFile(String channel, DataObject message, String fileName, byte[] content) {
        RequestBody body = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart("payload_json", message.toString())
                .addFormDataPart(
                        "files[0]", fileName, RequestBody.create(content, MediaType.get("application/octet-stream")))
                .build();
        return inThread(
                channel, () -> send(bot("channels/" + channel + "/messages").post(body)));
    }

    /** Edits a message; in an archived thread, after unarchiving it. */
    DataObject edit(String channel, String message, DataObject edit) {
        return inThread(channel, () -> call("PATCH", "channels/" + channel + "/messages/" + message, edit));
    }

    /** Starts a public thread from a message, auto-archived after a week without activity; the thread's id. */
    String startThread(String channel, String message, String name) {
        return call(
                        "POST",
                        "channels/" + channel + "/messages/" + message + "/threads",
                        DataObject.empty().put("name", name).put("auto_archive_duration", AUTO_ARCHIVE_MINUTES))
                .getString("id");
    }

    /** The DM channel with a user, opened (or found) by the user's id: no cache needed after a restart. */
    String openDm(String user) {
        return call("POST", "users/@me/channels", DataObject.empty().put("recipient_id", user))
                .getString("id");
    }

    /** Completes a deferred interaction: edits its original response. */
    void editOriginal(String applicationId, String interactionToken, DataObject message) {
        send(webhook(applicationId, interactionToken, "/messages/@original")
                .patch(RequestBody.create(message.toString(), JSON)));
    }

    /** A follow-up message of an interaction. */
    void followUp(String applicationId, String interactionToken, DataObject message) {
        send(webhook(applicationId, interactionToken, "").post(RequestBody.create(message.toString(), JSON)));
    }

    /** Downloads an attachment from Discord's CDN. */
    InputStream download(String url) throws IOException {
        Response response = http.newCall(new Request.Builder().url(url).build()).execute();
        if (!response.isSuccessful()) {
            response.close();
            throw new IOException("Discord's CDN answered " + response.code());
        }
        return response.body().byteStream();
    }

    private DataObject inThread(String channel, java.util.function.Supplier<DataObject> call) {
        try {
            return call.get();
        } catch (Refused e) {
            if (e.code() != ARCHIVED) {
                throw e;
            }
            call("PATCH", "channels/" + channel, DataObject.empty().put("archived", false));
            return call.get();
        }
    }

    private DataObject call(String method, String path, DataObject json) {
        return send(bot(path).method(method, RequestBody.create(json.toString(), JSON)));
    }

    private Request.Builder bot(String path) {
        if (token == null) {
            throw new IllegalStateException("Discord: posting in channels and threads needs DISCORD_BOT_TOKEN (the"
                    + " HTTP interactions endpoint alone can only answer interactions)");
        }
        return new Request.Builder().url(apiUrl + path).header("Authorization", "Bot " + token);
    }

    private Request.Builder webhook(String applicationId, String interactionToken, String rest) {
        // the interaction token is the authorisation: no bot token on webhooks
        return new Request.Builder().url(apiUrl + "webhooks/" + applicationId + "/" + interactionToken + rest);
    }

    private DataObject send(Request.Builder request) {
        try (Response response = http.newCall(request.build()).execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            DataObject json =
                    text.isBlank() || !text.strip().startsWith("{") ? DataObject.empty() : DataObject.fromJson(text);
            if (response.code() == 429) {
                // Discord's body has the precise wait (seconds with a fraction); the header rounds it up
                String wait = json.hasKey("retry_after")
                        ? String.valueOf(json.getDouble("retry_after"))
                        : response.header("Retry-After");
                throw new SurfaceBusy(RetryAfter.parse(wait, clock).orElse(Duration.ofSeconds(1)), null);
            }
            if (!response.isSuccessful()) {
                throw new Refused(response.code(), json.getInt("code", 0), json.getString("message", text));
            }
            return json;
        } catch (IOException e) {
            throw new SurfaceBusy(Duration.ofSeconds(5), e);
        }
    }

    /** Discord refused a call: its HTTP status, its JSON error code and message. */
    static final class Refused extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final int code;

        Refused(int status, int code, String message) {
            super("Discord refused the call (" + status + (code == 0 ? "" : ", code " + code) + "): " + message);
            this.code = code;
        }

        int code() {
            return code;
        }
    }
}
