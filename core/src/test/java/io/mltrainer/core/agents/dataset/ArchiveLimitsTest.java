package io.mltrainer.core.agents.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives are measured from their directory: too large, too many members or too compressed is refused. */
class ArchiveLimitsTest {
    private static final long MB = 1024 * 1024;
    private final ArchiveLimits limits = new ArchiveLimits(8 * MB, 50, 100);

    @TempDir
    Path dir;

    @Test
    void allows_an_ordinary_archive() throws IOException {
        Path zip = zip("images.zip", 10, 64 * 1024, false);

        assertThat(limits.refusal(zip)).isEmpty();
    }

    @Test
    void refuses_a_member_that_inflates_past_the_ratio() throws IOException {
        Path zip = zip("bomb.zip", 1, 4 * MB, true);

        assertThat(limits.refusal(zip))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("bomb.zip is refused as a possible zip bomb")
                        .contains("file-0 inflates", "the limit is 100 times"));
    }

    @Test
    void refuses_an_archive_that_unpacks_past_the_total() throws IOException {
        Path zip = zip("large.zip", 9, MB + 1, false);

        assertThat(limits.refusal(zip))
                .hasValueSatisfying(reason -> assertThat(reason).contains("unpacks to more than 8 MB"));
    }

    @Test
    void refuses_an_archive_with_too_many_members() throws IOException {
        Path zip = zip("many.zip", 51, 10, false);

        assertThat(limits.refusal(zip))
                .hasValueSatisfying(reason -> assertThat(reason).contains("more than 50 files"));
    }

    @Test
    void generated_scripts_extract_with_the_same_limits() throws IOException {
        String locate;
        try (var in = ArchiveLimits.class.getResourceAsStream(
                "/io/mltrainer/core/agents/codegen/templates/partials/data/locate.py.mustache")) {
            locate = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(locate)
                .contains(
                        "ARCHIVE_MAX_BYTES = " + ArchiveLimits.DEFAULT.maxTotalBytes(),
                        "ARCHIVE_MAX_FILES = " + ArchiveLimits.DEFAULT.maxEntries(),
                        "ARCHIVE_MAX_RATIO = " + ArchiveLimits.DEFAULT.maxRatio());
    }

    /** {@code count} members of {@code size} bytes each: zeros (compress wildly) or random bytes (do not). */
    private Path zip(String name, int count, long size, boolean zeros) throws IOException {
        Path zip = dir.resolve(name);
        java.util.Random random = new java.util.Random(42);
        byte[] block = new byte[64 * 1024];
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < count; i++) {
                out.putNextEntry(new ZipEntry("file-" + i));
                write(out, size, block, zeros ? null : random);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static void write(OutputStream out, long size, byte[] block, java.util.Random random) throws IOException {
        for (long left = size; left > 0; left -= block.length) {
            if (random != null) {
                random.nextBytes(block);
            }
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }
}
