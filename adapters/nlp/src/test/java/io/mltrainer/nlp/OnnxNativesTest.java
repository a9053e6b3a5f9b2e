package io.mltrainer.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxNativesTest {
    @TempDir
    Path home;

    @Test
    void the_libraries_are_extracted_into_a_versioned_folder_of_the_home() {
        assumeThat(OnnxNatives.platform(System.getProperty("os.name"), System.getProperty("os.arch")))
                .as("ONNX Runtime's libraries are extracted on Linux x86-64/aarch64 only")
                .isPresent();

        Optional<Path> dir = OnnxNatives.extractInto(home);

        assertThat(dir).isPresent();
        assertThat(home.relativize(dir.get()).toString()).matches("native/onnxruntime-1\\.\\d+\\.\\d+/linux-\\w+");
        assertThat(dir.get().resolve("libonnxruntime.so")).isNotEmptyFile();
        assertThat(dir.get().resolve("libonnxruntime4j_jni.so")).isNotEmptyFile();
        assertThat(dir.get()).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void a_second_start_reuses_the_extracted_libraries() throws Exception {
        assumeThat(OnnxNatives.platform(System.getProperty("os.name"), System.getProperty("os.arch")))
                .isPresent();
        Path library = OnnxNatives.extractInto(home).orElseThrow().resolve("libonnxruntime.so");
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(library, old);

        OnnxNatives.extractInto(home);

        assertThat(Files.getLastModifiedTime(library)).isEqualTo(old);
    }

    @Test
    void only_linux_on_x86_64_and_aarch64_has_a_platform_folder() {
        assertThat(OnnxNatives.platform("Linux", "amd64")).hasValue("linux-x64");
        assertThat(OnnxNatives.platform("Linux", "aarch64")).hasValue("linux-aarch64");
        assertThat(OnnxNatives.platform("Mac OS X", "aarch64")).isEmpty();
        assertThat(OnnxNatives.platform("Windows 11", "amd64")).isEmpty();
        assertThat(OnnxNatives.platform("Linux", "ppc64le")).isEmpty();
    }
}
