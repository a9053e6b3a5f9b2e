package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that loads the sentence encoder, run as its own process: it leaves the temp folder clean and quiet. */
class CleanStartTest {
    @TempDir
    Path home;

    @TempDir
    Path tmp;

    @TempDir
    Path work;

    @Test
    void a_command_that_loads_the_encoder_leaves_no_onnxruntime_folder_in_tmp_and_no_cuda_warning() throws Exception {
        Path err = work.resolve("err.txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Cli.CHILD_JVM_FLAGS);
        command.addAll(List.of(
                "-Djava.io.tmpdir=" + tmp,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "parse",
                "classify spam emails",
                "--json",
                "--offline"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(err.toFile());
        builder.environment().put("MLTRAINER_HOME", home.toString());

        Process process = builder.start();
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);

        assertThat(exited).as("the command exits").isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8))
                .contains("classification");
        assertThat(entries(tmp)).noneMatch(name -> name.startsWith("onnxruntime-java"));
        assertThat(Files.readString(err))
                .doesNotContain("Failed to detect GPU count")
                .doesNotContain("CudaUtils");
        assertThat(home.resolve("native")).isDirectory();
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
