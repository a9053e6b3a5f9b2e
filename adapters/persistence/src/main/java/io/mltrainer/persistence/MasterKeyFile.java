package io.mltrainer.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code <home>/master.key}: the generated master key as one base64 line, mode 0600. A file that other users can
 * read or write is refused rather than used: its key may already be known, or be replaced under us.
 */
final class MasterKeyFile {
    static final String NAME = "master.key";
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> OTHERS = EnumSet.complementOf(EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

    private final Path file;

    MasterKeyFile(Path home) {
        this.file = home.toAbsolutePath().normalize().resolve(NAME);
    }

    /** The file's key; when there is no file, {@code generated}'s key, written to a new one. */
    String readOrCreate(Supplier<String> generated) {
        try {
            if (Files.notExists(file)) {
                create(generated.get());
            }
            return read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key file " + file, e);
        }
    }

    private void create(String key) throws IOException {
        Files.createDirectories(file.getParent());
        // CREATE_NEW with the permissions as an attribute: the file never exists with wider ones, and a second
        // process that creates it at the same moment keeps the first one's key instead of replacing it
        try (SeekableByteChannel channel = Files.newByteChannel(
                file, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly())) {
            channel.write(ByteBuffer.wrap((key + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (FileAlreadyExistsException createdMeanwhile) {
            // the other process's key is the one to use
        }
    }

    private String read() throws IOException {
        refuseIfOthersHaveAccess();
        String content = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            MasterKey.fromBase64(content);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " does not hold a master key (" + e.getMessage()
                    + "); restore it from a backup: the secrets stored with it cannot be read without it");
        }
        return content;
    }

    private void refuseIfOthersHaveAccess() throws IOException {
        if (!isPosix()) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.stream().anyMatch(OTHERS::contains)) {
            throw new IllegalStateException("the master key file " + file + " is accessible to other users ("
                    + PosixFilePermissions.toString(permissions) + "); run `chmod 600 " + file
                    + "` if nobody else could have read it, otherwise delete it and store the secrets again");
        }
    }

    private FileAttribute<?>[] ownerOnly() {
        return isPosix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    /** Windows file systems have ACLs instead, and a user's home there is private already. */
    private boolean isPosix() {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
