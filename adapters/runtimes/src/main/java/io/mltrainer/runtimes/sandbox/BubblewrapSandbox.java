package io.mltrainer.runtimes.sandbox;

import io.mltrainer.core.port.out.Sandbox;
import io.mltrainer.core.port.out.SandboxedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs each process in a bubblewrap box: new namespaces for everything (no network: only a loopback device that
 * nothing listens on), killed with its parent, a clean environment, the system read-only ({@code /usr}, the {@code
 * /bin} and {@code /lib} links, the parts of {@code /etc} that libraries read), fresh {@code /proc}, {@code /dev} and
 * {@code /tmp}, the run's inputs read-only and only its own folders writable. Nothing else of the host is there: not
 * the home of mltrainer (its master key, its database, other builds), not the user's files.
 */
final class BubblewrapSandbox implements Sandbox {
    /** What of {@code /etc} libraries read: the BLAS alternative numpy loads, the loader cache, zones, fonts. */
    private static final List<String> ETC = List.of(
            "alternatives",
            "ld.so.cache",
            "ld.so.conf",
            "ld.so.conf.d",
            "localtime",
            "timezone",
            "fonts",
            "mime.types",
            "matplotlibrc",
            "passwd",
            "group",
            "nsswitch.conf");

    private static final List<String> ROOT_LINKS = List.of("bin", "sbin", "lib", "lib32", "lib64", "libx32");

    private final String bwrap;
    private final List<Path> hidden;

    /** {@code hidden}: folders never visible inside, even below an input (mltrainer's home). */
    BubblewrapSandbox(String bwrap, List<Path> hidden) {
        this.bwrap = bwrap;
        this.hidden = hidden.stream().map(BubblewrapSandbox::absolute).toList();
    }

    @Override
    public Availability availability() {
        return new Availability.Confined("bubblewrap");
    }

    @Override
    public Process start(SandboxedRun run) throws IOException {
        List<String> command = new ArrayList<>(arguments(run));
        command.addAll(ProcessLimits.wrap(run.command(), run.limits()));
        return ProcessLimits.deadline(ProcessLimits.builder(command, run).start(), run.limits());
    }

    List<String> arguments(SandboxedRun run) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                bwrap,
                "--unshare-all",
                "--die-with-parent",
                "--new-session",
                "--cap-drop",
                "ALL",
                "--clearenv",
                "--ro-bind",
                "/usr",
                "/usr"));
        for (String name : ROOT_LINKS) {
            Path path = Path.of("/", name);
            if (Files.isSymbolicLink(path)) {
                args.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), path.toString()));
            } else if (Files.isDirectory(path)) {
                args.addAll(List.of("--ro-bind", path.toString(), path.toString()));
            }
        }
        etc(args);
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"));
        List<Path> inputs = run.readOnly().stream()
                .map(BubblewrapSandbox::absolute)
                .filter(Files::exists)
                .filter(p -> !p.startsWith("/usr"))
                .toList();
        for (Path input : inputs) {
            args.addAll(List.of("--ro-bind", input.toRealPath().toString(), input.toString()));
        }
        // An input that contains mltrainer's home (a folder given as data) does not show it.
        for (Path secret : hidden) {
            if (inputs.stream().anyMatch(secret::startsWith)) {
                args.addAll(List.of("--tmpfs", secret.toString()));
            }
        }
        List<Path> writable = new ArrayList<>(run.writable());
        writable.add(0, run.directory());
        for (Path folder :
                writable.stream().map(BubblewrapSandbox::absolute).distinct().toList()) {
            Files.createDirectories(folder);
            args.addAll(List.of("--bind", folder.toRealPath().toString(), folder.toString()));
        }
        // The box's own root (where the folders above the binds were made) is read-only; /tmp is a private tmpfs.
        args.addAll(List.of(
                "--remount-ro", "/", "--chdir", absolute(run.directory()).toString()));
        for (Map.Entry<String, String> variable : new TreeMap<>(run.environment()).entrySet()) {
            args.addAll(List.of("--setenv", variable.getKey(), variable.getValue()));
        }
        args.add("--");
        return args;
    }

    /** The parts of /etc that are there, and the Python configuration Debian keeps under /etc/python3*. */
    private static void etc(List<String> args) throws IOException {
        List<Path> parts =
                new ArrayList<>(ETC.stream().map(name -> Path.of("/etc", name)).toList());
        try (var python = Files.newDirectoryStream(Path.of("/etc"), "python3*")) {
            python.forEach(parts::add);
        }
        for (Path part : parts) {
            if (Files.exists(part)) {
                args.addAll(List.of("--ro-bind", part.toString(), part.toString()));
            }
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
