package io.mltrainer.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ONNX Runtime's native libraries, extracted once into {@code <home>/native/onnxruntime-<version>/<os-arch>/}.
 * Without this, ONNX Runtime copies them out of its jar into a new {@code onnxruntime-java*} folder of the temp
 * directory at every JVM start (left behind whenever the process is killed). With the system property {@code
 * onnxruntime.native.path} pointing at the extracted folder it loads them from there and its own temp folder stays
 * empty and is removed at once.
 */
public final class OnnxNatives {
    /** The ONNX Runtime (1.20) system property naming a folder that holds its native libraries. */
    public static final String PATH_PROPERTY = "onnxruntime.native.path";

    private static final String POM = "/META-INF/maven/com.microsoft.onnxruntime/onnxruntime/pom.xml";
    private static final Pattern VERSION =
            Pattern.compile("<artifactId>onnxruntime</artifactId>\\s*<version>([^<]+)</version>");
    private static final List<String> LIBRARIES = List.of("libonnxruntime.so", "libonnxruntime4j_jni.so");

    private OnnxNatives() {}

    /**
     * Points ONNX Runtime at the libraries under {@code home}, extracting them first if needed. Leaves ONNX Runtime
     * to its own way (a temp folder) where the platform is not Linux x86-64/aarch64, the libraries are not on the
     * class path, the home cannot be written, or the property is already set.
     */
    public static void useHome(Path home) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            extractInto(home).ifPresent(dir -> System.setProperty(PATH_PROPERTY, dir.toString()));
        } catch (UncheckedIOException e) {
            // an unwritable home: ONNX Runtime extracts to the temp folder as before
        }
    }

    /** Extracts the libraries (once) and returns their folder; empty where there is nothing to extract. */
    static Optional<Path> extractInto(Path home) {
        Optional<String> platform = platform(System.getProperty("os.name"), System.getProperty("os.arch"));
        Optional<String> version = version();
        if (platform.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        Path dir =
                home.resolve("native").resolve("onnxruntime-" + version.get()).resolve(platform.get());
        for (String library : LIBRARIES) {
            if (!extract("/ai/onnxruntime/native/" + platform.get() + "/" + library, dir.resolve(library))) {
                return Optional.empty();
            }
        }
        return Optional.of(dir);
    }

    /** {@code linux-x64} or {@code linux-aarch64}, the folder names in ONNX Runtime's jar; else empty. */
    static Optional<String> platform(String osName, String osArch) {
        if (osName == null || !osName.toLowerCase(Locale.ROOT).contains("linux") || osArch == null) {
            return Optional.empty();
        }
        return switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> Optional.of("linux-x64");
            case "aarch64" -> Optional.of("linux-aarch64");
            default -> Optional.empty();
        };
    }

    private static Optional<String> version() {
        try (InputStream pom = OnnxNatives.class.getResourceAsStream(POM)) {
            if (pom == null) {
                return Optional.empty();
            }
            Matcher matcher = VERSION.matcher(new String(pom.readAllBytes(), StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(matcher.group(1).trim()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ONNX Runtime's version", e);
        }
    }

    /** Copies a resource to {@code target} unless it is there; false when the resource is missing. */
    private static boolean extract(String resource, Path target) {
        if (Files.isRegularFile(target)) {
            return true;
        }
        try (InputStream in = OnnxNatives.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(target.getParent());
            // a partial file under another name, renamed when complete: two processes starting together are safe
            Path part = Files.createTempFile(
                    target.getParent(), target.getFileName().toString(), ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract ONNX Runtime's native library to " + target, e);
        }
    }
}
