package io.mltrainer.runtimes;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.agents.codegen.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated scripts' archive handling ({@code partials/data/locate.py}): a zip bomb is refused before anything
 * is extracted; two archives with the same name are extracted apart, by content.
 */
class ArchiveExtractionTest {
    @TempDir
    Path dir;

    @Test
    void refuses_a_zip_bomb_before_extracting_anything() throws Exception {
        Path bomb = zip(dir.resolve("bomb.zip"), "data/zeros.csv", new byte[32 * 1024 * 1024]);

        String out = python("try:\n    unpacked(sys.argv[1])\nexcept ValueError as e:\n    print(e)\n", bomb);

        assertThat(out)
                .contains("bomb.zip: data/zeros.csv inflates more than 200 times: refused as a possible zip bomb");
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void gives_two_archives_with_the_same_name_their_own_folders() throws Exception {
        Path first =
                zip(Files.createDirectories(dir.resolve("a")).resolve("data.zip"), "data/label.txt", "cats".getBytes());
        Path second =
                zip(Files.createDirectories(dir.resolve("b")).resolve("data.zip"), "data/label.txt", "dogs".getBytes());

        String out = python(
                "for path in sys.argv[1:]:\n    print(open(os.path.join(unpacked(path), 'label.txt')).read())\n",
                first,
                second);

        assertThat(out.lines()).containsExactly("cats", "dogs");
    }

    private String python(String body, Path... archives) throws IOException, InterruptedException {
        String locate = new Templates()
                .render(
                        "partials/data/locate.py",
                        // Sections are strict: every key the partial uses is given (a local file, read as it is).
                        Map.of(
                                "locate_as_is",
                                true,
                                "locate_hub_file",
                                false,
                                "locate_kaggle_download",
                                false,
                                "locate_kaggle_input",
                                false,
                                "hub_token_from_kaggle_secrets",
                                false));
        Path script = Files.writeString(dir.resolve("script.py"), "import os\nimport sys\n" + locate + "\n" + body);
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/python3", script.toString()));
        for (Path archive : archives) {
            command.add(archive.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MLTRAINER_DATA_CACHE", dir.resolve("cache").toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    private static Path zip(Path zip, String member, byte[] content) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(member));
            out.write(content);
            out.closeEntry();
        }
        return zip;
    }
}
