package io.mltrainer.runtimes;

import io.mltrainer.core.agents.codegen.PythonPackage;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import java.util.List;
import java.util.Locale;

/**
 * The third-party packages generated code needs, read from its {@code requirements.txt}: the pip names to tell a
 * person and the modules to probe an interpreter for. Code without the file needs what tabular scripts need.
 */
record ScriptRequirements(List<Requirement> requirements) {
    static final ScriptRequirements TABULAR = new ScriptRequirements(List.of(
            Requirement.of(PythonPackage.SCIKIT_LEARN),
            Requirement.of(PythonPackage.PANDAS),
            Requirement.of(PythonPackage.JOBLIB)));

    /** One line of the file: the name pip installs and the module a script imports. */
    record Requirement(String pipName, String module, String line) {
        static Requirement of(PythonPackage p) {
            return new Requirement(p.pipName(), p.module(), p.requirement());
        }

        /** Our packages by their known module; others by the usual convention (dashes become underscores). */
        static Requirement parse(String line) {
            return PythonPackage.fromRequirement(line)
                    .map(p -> new Requirement(p.pipName(), p.module(), line))
                    .orElseGet(() -> {
                        String name = line.split("[<>=!~;\\[\\s]", 2)[0];
                        return new Requirement(
                                name, name.toLowerCase(Locale.ROOT).replace('-', '_'), line);
                    });
        }
    }

    static ScriptRequirements of(GeneratedCode code) {
        return code.file("requirements.txt")
                .map(GeneratedFile::content)
                .map(ScriptRequirements::parse)
                .orElse(TABULAR);
    }

    static ScriptRequirements parse(String text) {
        return new ScriptRequirements(text.lines()
                .map(l -> l.replaceFirst("#.*", "").strip())
                .filter(l -> !l.isEmpty() && !l.startsWith("-"))
                .map(Requirement::parse)
                .toList());
    }

    List<String> modules() {
        return requirements.stream().map(Requirement::module).toList();
    }

    /** The pip names of the given modules, in the file's order. */
    List<String> pipNames(List<String> modules) {
        return requirements.stream()
                .filter(r -> modules.contains(r.module()))
                .map(Requirement::pipName)
                .toList();
    }
}
