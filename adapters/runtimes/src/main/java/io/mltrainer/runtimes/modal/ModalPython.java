package io.mltrainer.runtimes.modal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Python that has the {@code modal} package: the interpreter the {@code modal} command's own script starts with
 * (pip writes its path in the first line, {@code #!/…/python}), else {@code python3}.
 */
final class ModalPython {
    private ModalPython() {}

    static String of(String program, String path) {
        return locate(program, path).flatMap(ModalPython::interpreter).orElse("python3");
    }

    private static Optional<Path> locate(String program, String path) {
        if (program.contains("/")) {
            return Optional.of(Path.of(program)).filter(Files::isRegularFile);
        }
        return Arrays.stream(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    private static Optional<String> interpreter(Path script) {
        try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.ISO_8859_1)) {
            String first = in.readLine();
            if (first == null || !first.startsWith("#!")) {
                return Optional.empty();
            }
            String interpreter = first.substring(2).strip().split("\\s+")[0];
            return interpreter.contains("python") ? Optional.of(interpreter) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
