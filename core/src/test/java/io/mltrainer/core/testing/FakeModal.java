package io.mltrainer.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A fake {@code modal} executable (a shell script) answering what the runtime asks, as the real CLI does, from files
 * the test controls: {@code run --detach} prints the ids line the generated entrypoint prints, {@code app logs}
 * prints {@code logs.txt}, {@code volume get} copies {@code volume/<folder>} to {@code <dest>/<last segment>},
 * (or {@code volume-any/}, the outputs of any run, when the test does not know the build's id beforehand),
 * {@code app stop} stops; run as the Python of the state helper ({@code modal_call.py state|cancel fc-…}) it prints
 * {@code state.json}. Every call's arguments go to {@code calls.log}, the token it was given to {@code env.log}.
 */
public final class FakeModal {
    public static final String TOKEN_ID = "ak-Abc123Def456Ghi789";
    public static final String TOKEN_SECRET = "as-Zyx987Wvu654Tsr321";

    private static final String SCRIPT = """
            #!/bin/sh
            DIR="$(cd "$(dirname "$0")" && pwd)"
            echo "$*" >> "$DIR/calls.log"
            echo "${MODAL_TOKEN_ID:-none} ${MODAL_TOKEN_SECRET:-none}" >> "$DIR/env.log"
            case "$1" in
              *modal_call.py)
                if [ "$2" = cancel ]; then echo '{"state": "cancelled"}' > "$DIR/state.json"; fi
                printf 'MLTRAINER_MODAL_STATE %s\\n' "$(cat "$DIR/state.json")"
                exit 0 ;;
            esac
            case "$1 $2" in
              "run --detach")
                pwd > "$DIR/launch.cwd"
                if [ -f "$DIR/launch.exit" ]; then cat "$DIR/launch.out"; exit "$(cat "$DIR/launch.exit")"; fi
                n=$(( $(cat "$DIR/launches" 2>/dev/null || echo 0) + 1 )); echo "$n" > "$DIR/launches"
                echo "✓ Initialized. View run at https://modal.com/apps/alice/main/ap-AAAAAAAAAAAAAAAAAAAAA$n"
                echo "Note that running a local entrypoint in detached mode only keeps the last triggered Modal function alive."
                printf 'MLTRAINER_MODAL {"app_id": "ap-AAAAAAAAAAAAAAAAAAAAA%s", "call_id": "fc-CCCCCCCCCCCCCCCCCCCCC%s", "volume": "mltrainer-outputs", "folder": "%s"}\\n' "$n" "$n" "$6"
                echo "✓ App completed."
                exit 0 ;;
              "app logs")
                [ -f "$DIR/logs.txt" ] && cat "$DIR/logs.txt"
                exit 0 ;;
              "app stop")
                if [ -f "$DIR/stop.out" ]; then cat "$DIR/stop.out"; exit 1; fi
                exit 0 ;;
              "volume get")
                src="$DIR/volume$5"
                if [ ! -d "$src" ] && [ -d "$DIR/volume-any" ]; then src="$DIR/volume-any"; fi
                if [ ! -d "$src" ]; then echo "Error: No such file or directory: $5" >&2; exit 1; fi
                mkdir -p "$6/$(basename "$5")" && cp -R "$src/." "$6/$(basename "$5")/"
                echo "✓ Finished downloading files to local!"
                exit 0 ;;
            esac
            echo "Error: No such command '$1'." >&2
            exit 2
            """;

    private final Path dir;
    private final Path executable;

    public FakeModal(Path dir) {
        this.dir = dir;
        this.executable = dir.resolve("modal");
        write("modal", SCRIPT);
        assertThat(executable.toFile().setExecutable(true)).isTrue();
        state("{\"state\": \"running\"}");
    }

    public String executable() {
        return executable.toString();
    }

    public void state(String json) {
        write("state.json", json + "\n");
    }

    public void logs(String... lines) {
        write("logs.txt", String.join("\n", lines) + "\n");
    }

    /** A file the run left on the volume. */
    public void volumeFile(String folder, String name, String content) {
        write("volume/" + folder + "/" + name, content);
    }

    /** A file any run leaves on the volume, whatever its folder. */
    public void anyRunFile(String name, String content) {
        write("volume-any/" + name, content);
    }

    public void failLaunch(int exit, String output) {
        write("launch.out", output + "\n");
        write("launch.exit", Integer.toString(exit));
    }

    public void failStop(String output) {
        write("stop.out", output + "\n");
    }

    public int launches() {
        String count = read("launches").strip();
        return count.isEmpty() ? 0 : Integer.parseInt(count);
    }

    public List<String> calls() {
        return read("calls.log").lines().toList();
    }

    public List<String> environments() {
        return read("env.log").lines().toList();
    }

    public String launchDirectory() {
        return read("launch.cwd").strip();
    }

    private void write(String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String name) {
        try {
            Path file = dir.resolve(name);
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
