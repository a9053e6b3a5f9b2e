package io.mltrainer.runtimes.sandbox;

import io.mltrainer.core.port.out.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox of this machine: bubblewrap where it is installed and can make a box here (user namespaces may be
 * disabled, as in a container started without them), else none, with the reason. {@code MLTRAINER_SANDBOX} names
 * the bwrap program (default {@code bwrap}) or is {@code none}; with none, chat builds still refuse to run code.
 */
public final class Sandboxes {
    public static final String INSTALL_HINT = "install bubblewrap (apt-get install bubblewrap) on a Linux host that"
            + " allows unprivileged user namespaces";

    private static volatile Sandbox thisMachine;

    private Sandboxes() {}

    /** This machine's sandbox with the default settings, found once (for callers that are given none). */
    public static Sandbox thisMachine() {
        Sandbox found = thisMachine;
        if (found == null) {
            found = detect(null, List.of());
            thisMachine = found;
        }
        return found;
    }

    /** {@code configured}: MLTRAINER_SANDBOX (null: bwrap); {@code hidden}: folders never visible inside. */
    public static Sandbox detect(String configured, List<Path> hidden) {
        String choice = configured == null || configured.isBlank() ? "bwrap" : configured.trim();
        if (choice.toLowerCase(Locale.ROOT).equals("none")) {
            return new UnconfinedSandbox("MLTRAINER_SANDBOX=none");
        }
        return probe(choice)
                .map(problem -> (Sandbox) new UnconfinedSandbox(problem))
                .orElseGet(() -> new BubblewrapSandbox(choice, hidden));
    }

    /** Why {@code bwrap} cannot make a box here; empty when a trivial box works. */
    private static Optional<String> probe(String bwrap) {
        try {
            Process process = new ProcessBuilder(
                            bwrap, "--unshare-all", "--die-with-parent", "--ro-bind", "/", "/", "/bin/true")
                    .redirectErrorStream(true)
                    .start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of(bwrap + " did not answer; " + INSTALL_HINT);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0
                    ? Optional.empty()
                    : Optional.of(bwrap + " cannot make a sandbox here (" + output + "); " + INSTALL_HINT);
        } catch (IOException e) {
            return Optional.of(bwrap + " is not installed; " + INSTALL_HINT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("the sandbox check was interrupted");
        }
    }
}
