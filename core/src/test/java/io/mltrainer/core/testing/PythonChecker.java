package io.mltrainer.core.testing;

import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.port.out.ScriptChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A script checker for core tests: py_compile and pyflakes with Debian's Python, as the real one does. */
public final class PythonChecker implements ScriptChecker {
    @Override
    public List<String> check(GeneratedCode code) {
        try {
            Path dir = Files.createTempDirectory("mltrainer-check");
            List<String> problems = new ArrayList<>();
            for (GeneratedFile file : code.files()) {
                if (file.path().endsWith(".py")) {
                    Path script = Files.writeString(dir.resolve(file.path().replace('/', '_')), file.content());
                    for (String module : List.of("py_compile", "pyflakes")) {
                        Python.Result result = Python.module(module, script);
                        if (result.exitCode() != 0) {
                            problems.add(file.path() + ": "
                                    + result.output().replace(dir + "/", "").strip());
                            break;
                        }
                    }
                }
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
