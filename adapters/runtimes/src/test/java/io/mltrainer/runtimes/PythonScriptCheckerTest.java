package io.mltrainer.runtimes;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.RuntimeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every Python file of a build is compiled and linted, the files side by side, each problem named by its file. */
class PythonScriptCheckerTest {
    private final PythonScriptChecker checker = new PythonScriptChecker(new PythonLocator("/usr/bin/python3"));

    @Test
    void clean_files_have_no_problems() {
        assertThat(checker.check(code(
                        new GeneratedFile("train.py", "import sys\n\nprint(sys.argv)\n"),
                        new GeneratedFile("requirements.txt", "scikit-learn\n"))))
                .isEmpty();
    }

    @Test
    void each_file_reports_its_own_compile_error_or_pyflakes_finding() {
        List<String> problems = checker.check(code(
                new GeneratedFile("train.py", "def main(:\n    pass\n"),
                new GeneratedFile("modal_app.py", "print(undefined_name)\n")));

        assertThat(problems)
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("train.py does not compile:"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("pyflakes on modal_app.py:")
                        .contains("undefined name 'undefined_name'"));
    }

    private static GeneratedCode code(GeneratedFile... files) {
        return new GeneratedCode("/nowhere", "train.py", List.of(files), RuntimeKind.LOCAL);
    }
}
