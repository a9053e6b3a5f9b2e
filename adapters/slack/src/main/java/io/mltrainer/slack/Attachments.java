package io.mltrainer.slack;

import com.slack.api.model.File;
import io.mltrainer.core.chat.Uploads;
import io.mltrainer.core.domain.ThreadKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Files shared in a thread, fetched from {@code url_private} with the bot token into the upload area. The token is
 * sent only to Slack's file host or to the configured Web API's host ({@code SLACK_API_URL}, a fake in tests): an
 * event naming any other host is refused before a request is made, and redirects are not followed with it.
 */
final class Attachments {
    static final String FILE_HOST = "files.slack.com";

    private final OkHttpClient http = new OkHttpClient.Builder()
            .callTimeout(Duration.ofMinutes(5))
            .followRedirects(false)
            .followSslRedirects(false)
            .build();
    private final String botToken;
    private final Uploads uploads;
    private final String apiHost;

    Attachments(String botToken, Uploads uploads, String apiUrl) {
        this.botToken = botToken;
        this.uploads = uploads;
        HttpUrl api = HttpUrl.parse(apiUrl);
        this.apiHost = api == null ? FILE_HOST : api.host();
    }

    /** Why this file cannot be a dataset (null when it can), before anything is downloaded. */
    String refusal(File file) {
        if (!mayCarryToken(HttpUrl.parse(Objects.requireNonNullElse(location(file), "")))) {
            return "I can only fetch files Slack itself hosts; `" + file.getName() + "` points elsewhere. Share the"
                    + " file in the thread again.";
        }
        return uploads.refusal(file.getName(), file.getSize() == null ? -1 : file.getSize());
    }

    /** Slack's file host over HTTPS, or the configured Web API's host (a loopback fake in tests). */
    private boolean mayCarryToken(HttpUrl url) {
        return url != null
                && (url.isHttps() && url.host().equals(FILE_HOST) || url.host().equals(apiHost));
    }

    private static String location(File file) {
        return file.getUrlPrivateDownload() != null ? file.getUrlPrivateDownload() : file.getUrlPrivate();
    }

    /**
     * Downloads the file into the thread's upload folder.
     *
     * @throws Uploads.UploadRefused when it is too large once downloaded
     */
    Path save(ThreadKey thread, File file) {
        String refusal = refusal(file);
        if (refusal != null) {
            throw new Uploads.UploadRefused(refusal);
        }
        Request request = new Request.Builder()
                .url(location(file))
                .header("Authorization", "Bearer " + botToken)
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new UncheckedIOException(
                        new IOException("Slack answered HTTP " + response.code() + " for the file " + file.getName()));
            }
            try (InputStream body = response.body().byteStream()) {
                return uploads.save(thread, file.getName(), body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not download " + file.getName(), e);
        }
    }
}
