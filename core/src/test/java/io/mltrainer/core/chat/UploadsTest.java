package io.mltrainer.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.ThreadKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsTest {
    private static final ThreadKey THREAD = new ThreadKey("slack", "T1", "C1", "1.1");

    @TempDir
    Path home;

    @Test
    void a_data_file_is_saved_in_the_threads_folder_under_a_safe_name() throws IOException {
        Uploads uploads = new Uploads(home, 1024);

        Path saved = uploads.save(THREAD, "../../etc/My Data.csv", bytes("a,b\n1,2\n"));

        assertThat(saved.getFileName().toString()).isEqualTo("My_Data.csv");
        assertThat(saved).startsWith(home.resolve("uploads").toAbsolutePath());
        assertThat(Files.readString(saved)).isEqualTo("a,b\n1,2\n");
        try (var files = Files.list(saved.getParent())) {
            assertThat(files).containsExactly(saved); // no partial file left behind
        }
    }

    @Test
    void other_formats_and_too_large_files_are_refused_with_the_reason() {
        Uploads uploads = new Uploads(home, 4);

        assertThat(uploads.refusal("notes.exe", 10)).contains("CSV, TSV, JSON, JSONL, Parquet or a zip");
        assertThat(uploads.refusal("data.csv", 5L * 1024 * 1024)).contains("limited to");
        assertThat(uploads.refusal("data.JSONL", 3)).isNull();
        assertThatThrownBy(() -> uploads.save(THREAD, "data.csv", bytes("0123456789")))
                .isInstanceOf(Uploads.UploadRefused.class)
                .hasMessageContaining("limited to");
        assertThatThrownBy(() -> uploads.save(THREAD, "run.sh", bytes("rm -rf /")))
                .isInstanceOf(Uploads.UploadRefused.class);
        assertThat(home.resolve("uploads/slack"))
                .satisfiesAnyOf(
                        p -> assertThat(p).doesNotExist(),
                        p -> assertThat(listed(p)).isZero());
    }

    private static long listed(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
