package io.mltrainer.core.pipeline;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a data file fetched from a URL is kept once it was downloaded and checked, so that a run on this machine
 * reads that very file (mounted read-only in its sandbox, which has no network) instead of fetching the URL again.
 * One file per URL, in a folder named by the URL's SHA-256: a credential in the URL never shows in a path.
 */
public record FetchedData(Path root) {
    /** Where the copy of {@code url} is kept. */
    public Path copyOf(String url) {
        return root.resolve(sha256(url)).resolve(fileName(url));
    }

    /** The kept copy of {@code location} when it is a URL fetched before; empty for anything else. */
    public Optional<Path> existing(String location) {
        if (location == null || !location.toLowerCase(Locale.ROOT).matches("^https?://.*")) {
            return Optional.empty();
        }
        Path copy = copyOf(location.trim());
        return Files.isRegularFile(copy) ? Optional.of(copy) : Optional.empty();
    }

    /** The URL's last path segment, made file-safe, with a table extension when it has none. */
    public static String fileName(String url) {
        String path;
        try {
            path = URI.create(url.trim()).getPath();
        } catch (IllegalArgumentException e) {
            path = null;
        }
        String last = path == null || path.isBlank() ? "" : path.substring(path.lastIndexOf('/') + 1);
        String safe = last.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (safe.isEmpty()) {
            return "data.csv";
        }
        return safe.contains(".") ? safe : safe + ".csv";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.trim().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
