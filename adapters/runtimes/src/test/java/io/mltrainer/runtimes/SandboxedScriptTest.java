package io.mltrainer.runtimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.mltrainer.core.port.out.Sandbox;
import io.mltrainer.runtimes.sandbox.Sandboxes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script run as the runtimes run generated code cannot reach what it must not: mltrainer's master key and
 * database, another build's folder, the network, the credentials of this process; it writes only its own folders,
 * and a wall-clock limit stops it.
 */
class SandboxedScriptTest {
    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path home;

    private Sandbox sandbox;
    private Path run;

    @BeforeEach
    void boxed() throws IOException {
        sandbox = Sandboxes.detect(null, List.of(home));
        assumeThat(sandbox.availability())
                .as("bubblewrap can make a sandbox here")
                .isInstanceOf(Sandbox.Availability.Confined.class);
        Files.writeString(home.resolve("master.key"), "the-master-key");
        Files.writeString(home.resolve("mltrainer.mv.db"), "the-database");
        Path other = Files.createDirectories(home.resolve("jobs/other/runs/run-1/output"));
        Files.writeString(other.resolve("model.joblib"), "another-build");
        run = Files.createDirectories(home.resolve("jobs/mine/runs/run-1"));
    }

    @Test
    void cannot_read_the_master_key_the_database_or_another_build() throws Exception {
        String out = python("""
                for name in ["master.key", "mltrainer.mv.db", "jobs/other/runs/run-1/output/model.joblib"]:
                    try:
                        print("READ", open(HOME + "/" + name).read())
                    except OSError as e:
                        print("REFUSED", name, type(e).__name__)
                """);

        assertThat(out).doesNotContain("READ").contains("REFUSED master.key", "REFUSED mltrainer.mv.db");
        assertThat(out).contains("REFUSED jobs/other/runs/run-1/output/model.joblib");
    }

    @Test
    void cannot_open_a_socket_even_to_this_machine() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String out = python("""
                    import socket
                    try:
                        socket.create_connection(("127.0.0.1", %d), timeout=5)
                        print("CONNECTED")
                    except OSError as e:
                        print("REFUSED", type(e).__name__)
                    """.formatted(server.getLocalPort()));

            assertThat(out).contains("REFUSED").doesNotContain("CONNECTED");
        }
    }

    @Test
    void runs_at_a_lower_priority_than_mltrainer_so_the_replica_beside_it_keeps_answering() throws Exception {
        String out = python("import os\nprint('NICE', os.nice(0))\n");

        assertThat(out).contains("NICE " + Math.min(19, 10 + currentNiceness()));
    }

    private static int currentNiceness() throws IOException {
        // field 19 of /proc/self/stat, counted after the command name's closing parenthesis
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }

    @Test
    void gets_no_credential_and_no_mltrainer_home_in_its_environment() throws Exception {
        String out = python("import os\nprint(sorted(os.environ))\n");

        assertThat(out)
                .contains("'PATH'", "'HOME'", "'MPLCONFIGDIR'", "'OMP_NUM_THREADS'")
                .doesNotContain("MLTRAINER_HOME", "TOKEN", "KEY", "SECRET", "PASSWORD", "JAVA_HOME");
    }

    @Test
    void writes_only_its_own_folders() throws Exception {
        Path data = Files.writeString(home.getParent().resolve(home.getFileName() + "-data.csv"), "a,b\n1,2\n");
        String out = python("""
                import os
                for path in [HOME + "/stolen.txt", HOME + "/jobs/other/x.txt", DATA, os.getcwd() + "/output.txt"]:
                    try:
                        open(path, "a").write("x")
                        print("WROTE", os.path.basename(path))
                    except OSError as e:
                        print("REFUSED", os.path.basename(path), type(e).__name__)
                print(open(DATA).read())
                """.replace("DATA", "'" + data + "'"), data.toString());

        // The home's folders inside are only the box's private /tmp: whatever is written there never reaches the home.
        assertThat(out).contains("WROTE output.txt", "a,b", "REFUSED " + data.getFileName());
        assertThat(home.resolve("stolen.txt")).doesNotExist();
        assertThat(home.resolve("jobs/other/x.txt")).doesNotExist();
        assertThat(run.resolve("output.txt")).hasContent("x");
        assertThat(Files.readString(data)).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void a_wall_clock_limit_stops_a_sleeping_script() throws Exception {
        Files.writeString(run.resolve("train.py"), "import time\nprint('sleeping', flush=True)\ntime.sleep(600)\n");
        Process process = sandbox.start(PythonProcess.run(
                PythonInstallation.of(PYTHON),
                List.of("train.py"),
                run,
                run.resolve("cache"),
                null,
                Duration.ofSeconds(2),
                run.resolve("stdout.log"),
                run.resolve("stderr.log")));

        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("stopped by its limit")
                .isTrue();
        assertThat(process.exitValue()).isNotZero();
    }

    /** Runs {@code body} (with {@code HOME} naming mltrainer's home) as a generated script runs; its stdout. */
    private String python(String body, String... data) throws Exception {
        Files.writeString(run.resolve("train.py"), "HOME = '" + home + "'\n" + body);
        Process process = sandbox.start(PythonProcess.run(
                PythonInstallation.of(PYTHON),
                List.of("train.py"),
                run,
                run.resolve("cache"),
                data.length == 0 ? null : data[0],
                Duration.ofMinutes(1),
                run.resolve("stdout.log"),
                run.resolve("stderr.log")));
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(run.resolve("stderr.log"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();
        return Files.readString(run.resolve("stdout.log"), StandardCharsets.UTF_8);
    }
}
