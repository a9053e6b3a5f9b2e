package io.mltrainer.core.agents.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * How much a zip archive may unpack to: its total size, its number of members and how many times larger than
 * compressed a member may become. Checked from the archive's directory before anything is extracted or copied, so
 * that a zip bomb (a small file that inflates to gigabytes) is refused before it fills a disk. The generated scripts
 * apply the same numbers when they extract ({@code partials/data/locate.py}).
 */
public record ArchiveLimits(long maxTotalBytes, int maxEntries, long maxRatio) {
    /** Members smaller than this are not held to the ratio: tiny files compress wildly without harm. */
    static final long RATIO_FLOOR_BYTES = 1024 * 1024;

    /** 4 GiB, 200,000 members, 200 times: more than real datasets of images or tables need. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(4L * 1024 * 1024 * 1024, 200_000, 200);

    public ArchiveLimits {
        if (maxTotalBytes <= 0 || maxEntries <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }

    /** Why {@code zip} is refused (what it would unpack to), or empty when it stays within the limits. */
    public Optional<String> refusal(Path zip) throws IOException {
        String name = String.valueOf(zip.getFileName());
        long total = 0;
        int entries = 0;
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> all = archive.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                entries++;
                long size = Math.max(0, entry.getSize());
                long compressed = Math.max(1, entry.getCompressedSize());
                total += size;
                if (entries > maxEntries) {
                    return Optional.of(refused(name, "it holds more than " + maxEntries + " files"));
                }
                if (size > RATIO_FLOOR_BYTES && size / compressed > maxRatio) {
                    return Optional.of(refused(
                            name,
                            entry.getName() + " inflates " + size / compressed + " times (" + megabytes(compressed)
                                    + " to " + megabytes(size) + "; the limit is " + maxRatio + " times)"));
                }
                if (total > maxTotalBytes) {
                    return Optional.of(refused(name, "it unpacks to more than " + megabytes(maxTotalBytes)));
                }
            }
        }
        return Optional.empty();
    }

    private static String refused(String name, String why) {
        return name + " is refused as a possible zip bomb: " + why + ". Unpack it yourself and give the"
                + " folder, or split it into smaller archives.";
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
