package io.mltrainer.core.agents.dataset;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.chat.Uploads;
import io.mltrainer.core.domain.ThreadKey;
import java.io.ByteArrayInputStream;
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
        LocalDataPolicy policy = LocalDataPolicy.forChat(List.of(data), t -> uploads.resolve("slack/ab12"), Path::of);

        assertThat(policy.refusal(CHAT, data.resolve("iris.csv").toString())).isEmpty();
        assertThat(policy.refusal(CHAT, uploads.resolve("slack/ab12/iris.csv").toString()))
                .isEmpty();
        assertThat(policy.refusal(CHAT, secret.toString()))
                .hasValueSatisfying(r -> assertThat(r)
                        .contains("Attach the file to the thread")
                        .contains("ask an admin to add its folder to MLTRAINER_DATA_DIRS"));
        assertThat(policy.refusal(CHAT, "/etc/passwd")).isPresent();
        assertThat(policy.refusal(CHAT, data.resolve("../secret.csv").toString()))
                .isPresent();
    }

    @Test
    void a_file_this_thread_shared_through_a_replica_with_another_home_is_refused_saying_to_share_the_home()
            throws IOException {
        Path ours = Files.createDirectories(root.resolve("home-b/uploads/slack/ab12"));
        Path theirs = Files.createDirectories(root.resolve("home-a/uploads/slack/ab12"));
        Path file = Files.writeString(theirs.resolve("iris.csv"), "a\n1\n");
        Path otherThread = Files.createDirectories(root.resolve("home-a/uploads/slack/cd34"));
        LocalDataPolicy policy = LocalDataPolicy.forChat(List.of(), t -> ours, Path::of);

        assertThat(policy.refusal(CHAT, file.toString()))
                .hasValueSatisfying(r -> assertThat(r)
                        .contains("`iris.csv` was shared in this thread through another mltrainer replica")
                        .contains("same MLTRAINER_HOME"));
        assertThat(policy.refusal(CHAT, otherThread.resolve("iris.csv").toString()))
                .as("another thread's file is refused as any other")
                .hasValueSatisfying(r -> assertThat(r).contains("Attach the file to the thread"));
    }

    @Test
    void a_symbolic_link_cannot_lead_out_of_a_data_dir() throws IOException {
        Path data = Files.createDirectories(root.resolve("data"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("private.csv"), "a\n1\n");
        Files.createSymbolicLink(data.resolve("link"), outside);
        Files.createSymbolicLink(data.resolve("private.csv"), outside.resolve("private.csv"));
        LocalDataPolicy policy = LocalDataPolicy.forChat(List.of(data), t -> root.resolve("uploads"), Path::of);

        assertThat(policy.refusal(CHAT, data.resolve("link/private.csv").toString()))
                .isPresent();
        assertThat(policy.refusal(CHAT, data.resolve("private.csv").toString())).isPresent();
    }

    @Test
    void a_data_dir_given_through_a_link_still_counts_as_itself() throws IOException {
        Path real = Files.createDirectories(root.resolve("real-data"));
        Files.writeString(real.resolve("iris.csv"), "a\n1\n");
        Path linked = Files.createSymbolicLink(root.resolve("data"), real);
        LocalDataPolicy policy = LocalDataPolicy.forChat(List.of(linked), t -> root.resolve("uploads"), Path::of);

        assertThat(policy.refusal(CHAT, real.resolve("iris.csv").toString())).isEmpty();
        assertThat(policy.refusal(CHAT, linked.resolve("iris.csv").toString())).isEmpty();
    }

    @Test
    void a_relative_location_is_judged_where_the_reader_will_open_it() throws IOException {
        Path data = Files.createDirectories(root.resolve("data"));
        Path base = Files.createDirectories(root.resolve("data/work"));
        Files.writeString(root.resolve("secret.csv"), "a\n1\n");
        // The reader opens relative paths from its base folder, and ~ in the home: the policy asks it, not the
        // process's own folder.
        LocalDataPolicy policy = LocalDataPolicy.forChat(
                List.of(data),
                t -> root.resolve("uploads"),
                location -> location.startsWith("~/") ? root.resolve(location.substring(2)) : base.resolve(location));

        assertThat(policy.refusal(CHAT, "iris.csv")).isEmpty();
        assertThat(policy.refusal(CHAT, "../iris.csv")).isEmpty();
        assertThat(policy.refusal(CHAT, "../../secret.csv")).isPresent();
        assertThat(policy.refusal(CHAT, "~/secret.csv")).isPresent();
    }

    @Test
    void terminal_builds_and_the_unrestricted_policy_read_anything() {
        LocalDataPolicy policy = LocalDataPolicy.forChat(List.of(), t -> root.resolve("uploads"), Path::of);

        assertThat(policy.refusal(ThreadKey.terminal("me"), "/etc/passwd")).isEmpty();
        assertThat(policy.refusal(ThreadKey.terminal("run"), "/etc/passwd")).isEmpty();
        assertThat(policy.refusal(null, "/etc/passwd")).isEmpty();
        assertThat(LocalDataPolicy.UNRESTRICTED.refusal(CHAT, "/etc/passwd")).isEmpty();
    }

    @Test
    void a_chat_build_reads_its_own_threads_uploads_but_not_another_threads() throws IOException {
        Uploads uploads = new Uploads(root.resolve("home"), Uploads.DEFAULT_MAX_BYTES);
        ThreadKey other = new ThreadKey("slack", "T1", "C2", "2.2");
        Path mine = uploads.save(CHAT, "iris.csv", new ByteArrayInputStream("a\n1\n".getBytes(UTF_8)));
        Path theirs = uploads.save(other, "iris.csv", new ByteArrayInputStream("b\n2\n".getBytes(UTF_8)));
        LocalDataPolicy policy = LocalDataPolicy.forChat(List.of(), uploads::folder, Path::of);

        assertThat(mine).isNotEqualTo(theirs);
        assertThat(Files.readString(mine)).isEqualTo("a\n1\n");
        assertThat(policy.refusal(CHAT, mine.toString())).isEmpty();
        assertThat(policy.refusal(CHAT, theirs.toString()))
                .hasValueSatisfying(r -> assertThat(r).contains("only files shared in this thread"));
        assertThat(policy.refusal(other, theirs.toString())).isEmpty();
    }
}
