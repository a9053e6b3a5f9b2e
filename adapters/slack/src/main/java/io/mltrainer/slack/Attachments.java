package io.mltrainer.slack;

import com.slack.api.model.File;
import io.mltrainer.core.chat.Uploads;
import io.mltrainer.core.domain.ThreadKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Files shared in a thread, fetched from {@code url_private} with the bot token into the upload area. */
final class Attachments {
    private final OkHttpClient http =
            new OkHttpClient.Builder().callTimeout(Duration.ofMinutes(5)).build();
    private final String botToken;
    private final Uploads uploads;

    Attachments(String botToken, Uploads uploads) {
        this.botToken = botToken;
        this.uploads = uploads;
    }

    /** Why this file cannot be a dataset (null when it can), before anything is downloaded. */
    String refusal(File file) {
        return uploads.refusal(file.getName(), file.getSize() == null ? -1 : file.getSize());
    }

    /**
     * Downloads the file into the thread's upload folder.
     *
     * @throws Uploads.UploadRefused when it is too large once downloaded
     */
    Path save(ThreadKey thread, File file) {
        Request request = new Request.Builder()
                .url(file.getUrlPrivateDownload() != null ? file.getUrlPrivateDownload() : file.getUrlPrivate())
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
