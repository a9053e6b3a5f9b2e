package io.mltrainer.core.chat;

import io.mltrainer.core.domain.ThreadKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Where files shared in a chat become datasets: {@code <home>/uploads/<platform>/<thread hash>/<name>}. Only data
 * formats are accepted and at most {@code maxBytes} are kept; a larger file is refused, never truncated. The local
 * data policy trusts a thread's folder for that thread's builds only, so a chat user can train on what was attached
 * in the thread but not on other host files nor on what others shared elsewhere; equal file names in different
 * threads never meet.
 */
public final class Uploads {
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    private static final Set<String> FORMATS = Set.of("csv", "tsv", "json", "jsonl", "parquet", "zip");

    private final Path root;
    private final long maxBytes;

    public Uploads(Path home, long maxBytes) {
        this.root = home.resolve("uploads").toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    public Path root() {
        return root;
    }

    /** The folder of one thread's shared files: a chat build may read these and no other thread's. */
    public Path folder(ThreadKey thread) {
        return root.resolve(thread.platform()).resolve(hash(thread.asString()));
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Why a file of this name and size cannot be a dataset, or null when it can; {@code size} < 0 if unknown. */
    public String refusal(String fileName, long size) {
        String ext = extension(fileName);
        if (!FORMATS.contains(ext)) {
            return "I can learn from CSV, TSV, JSON, JSONL, Parquet or a zip of images, not from `" + fileName + "`.";
        }
        if (size > maxBytes) {
            return "`" + fileName + "` is " + megabytes(size) + " MB; attachments are limited to " + megabytes(maxBytes)
                    + " MB. Put larger data on the Hugging Face Hub or Kaggle and name it.";
        }
        return null;
    }

    /**
     * Copies an attachment into the thread's upload folder and returns its path.
     *
     * @throws UploadRefused when the name or the size is not acceptable (the message says why)
     */
    public Path save(ThreadKey thread, String fileName, InputStream content) {
        String refusal = refusal(fileName, -1);
        if (refusal != null) {
            throw new UploadRefused(refusal);
        }
        Path folder = folder(thread);
        Path target = folder.resolve(safeName(fileName));
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".upload", ".part");
            try {
                long copied = copyAtMost(content, partial);
                if (copied > maxBytes) {
                    throw new UploadRefused(refusal(fileName, copied));
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not save " + fileName, e);
        }
    }

    /** Copies up to one byte more than allowed, so that a too large file is recognised without reading it all. */
    private long copyAtMost(InputStream in, Path file) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                int keep = (int) Math.min(n, maxBytes + 1 - total);
                out.write(buffer, 0, keep);
                total += keep;
                if (total > maxBytes) {
                    break;
                }
            }
        }
        return total;
    }

    static String safeName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        return safe.isEmpty() ? "data" : safe;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An attachment that cannot be used as data; the message is for the person who shared it. */
    public static final class UploadRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UploadRefused(String message) {
            super(message);
        }
    }
}
