package io.mltrainer.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.ThreadKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDataPolicyTest {
    private static final ThreadKey CHAT = new ThreadKey("slack", "T1", "C1", "1.1");

    @TempDir
    Path root;

    @Test
    void a_chat_build_reads_below_the_data_dirs_and_the_upload_area_only() throws IOException {
        Path data = Files.createDirectories(root.resolve("data"));
        Path uploads = Files.createDirectories(root.resolve("home/uploads"));
        Path secret = Files.writeString(root.resolve("secret.csv"), "a\n1\n");
        LocalDataPolicy policy = LocalDataPolicy.forChat(List.of(data), uploads);

        assertThat(policy.refusal(CHAT, data.resolve("iris.csv").toString())).isEmpty();
        assertThat(policy.refusal(CHAT, uploads.resolve("slack/ab12/iris.csv").toString()))
                .isEmpty();
        assertThat(policy.refusal(CHAT, secret.toString()))
                .hasValueSatisfying(
                        r -> assertThat(r).contains("MLTRAINER_DATA_DIRS").contains("Attach the file"));
        assertThat(policy.refusal(CHAT, "/etc/passwd")).isPresent();
        assertThat(policy.refusal(CHAT, data.resolve("../secret.csv").toString()))
                .isPresent();
    }

    @Test
    void a_symbolic_link_cannot_lead_out_of_a_data_dir() throws IOException {
        Path data = Files.createDirectories(root.resolve("data"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("private.csv"), "a\n1\n");
        Files.createSymbolicLink(data.resolve("link"), outside);
        LocalDataPolicy policy = LocalDataPolicy.forChat(List.of(data), root.resolve("uploads"));

        assertThat(policy.refusal(CHAT, data.resolve("link/private.csv").toString()))
                .isPresent();
    }

    @Test
    void terminal_builds_and_the_unrestricted_policy_read_anything() {
        LocalDataPolicy policy = LocalDataPolicy.forChat(List.of(), root.resolve("uploads"));

        assertThat(policy.refusal(ThreadKey.terminal("me"), "/etc/passwd")).isEmpty();
        assertThat(policy.refusal(null, "/etc/passwd")).isEmpty();
        assertThat(LocalDataPolicy.UNRESTRICTED.refusal(CHAT, "/etc/passwd")).isEmpty();
    }
}
