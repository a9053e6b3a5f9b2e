package io.mltrainer.runtimes;

import io.mltrainer.core.domain.Deployment;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.ModelPackage;
import io.mltrainer.core.port.out.ModelRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The offline model registry: {@code $MLTRAINER_HOME/registry/<owner>/<name>/}. A package is assembled beside its
 * place and swapped in, so a reader never sees half a model and publishing twice gives the same folder.
 */
public final class LocalModelRegistry implements ModelRegistry {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}");

    private final Path root;

    public LocalModelRegistry(Path home) {
        this.root = home.resolve("registry");
    }

    @Override
    public Deployment publish(ModelPackage pkg) {
        // Chat users are platform-qualified (slack:U123): their folder is slack-U123.
        String owner = pkg.owner().replace(':', '-');
        checkSegment("owner", owner);
        checkSegment("model name", pkg.name());
        Path target = root.resolve(owner).resolve(pkg.name());
        Path staging = root.resolve(owner).resolve("." + pkg.name() + ".staging");
        try {
            Files2.deleteTree(staging);
            FileWorkspace.write(staging, pkg.files());
            if (pkg.modelFolder() != null) {
                copyTree(produced(pkg, pkg.modelFolder()), staging);
            }
            for (String artifact : pkg.artifacts()) {
                Files.copy(produced(pkg, artifact), staging.resolve(artifact), StandardCopyOption.REPLACE_EXISTING);
            }
            Path previous = root.resolve(owner).resolve("." + pkg.name() + ".previous");
            Files2.deleteTree(previous);
            if (Files.exists(target)) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            Files2.deleteTree(previous);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Deployment("local", target.toString(), target.toUri().toString(), null);
    }

    private static Path produced(ModelPackage pkg, String name) {
        Path source = Path.of(pkg.runOutputDir()).resolve(name);
        if (!Files.exists(source)) {
            throw new StageException(
                    FailureKind.RUN_FAILED, "the training run did not produce " + name + " to publish");
        }
        return source;
    }

    /** The folder's files at the same relative paths under {@code target}. */
    private static void copyTree(Path folder, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path source : paths.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(folder.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void checkSegment(String what, String value) {
        if (!SEGMENT.matcher(value).matches()) {
            throw StageException.badInput("The " + what + " '" + value + "' cannot name a registry folder: use"
                    + " letters, digits, dots, dashes and underscores.");
        }
    }
}
