package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.ThreadKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which files on this machine a build may read as its data. Builds from the terminal (the person at the keyboard
 * can read the files anyway) read any path; builds asked for in a chat read only below the folders an admin listed
 * in {@code MLTRAINER_DATA_DIRS} and their own thread's upload folder, so that a chat user can never make the bot
 * read arbitrary files of the host, nor a file someone else shared in another thread or channel. A location is resolved exactly as the reader resolves it (relative
 * paths, {@code ~}), then compared as a real path: {@code ..} and symbolic links cannot lead out.
 */
public final class LocalDataPolicy {
    /** No restriction (command-line tools and tests). */
    public static final LocalDataPolicy UNRESTRICTED = new LocalDataPolicy(null, List.of(), Path::of);

    private final List<Path> allowed;
    private final Function<ThreadKey, Path> uploadsOf;
    private final Function<String, Path> resolver;

    private LocalDataPolicy(Function<ThreadKey, Path> uploadsOf, List<Path> dataDirs, Function<String, Path> resolver) {
        this.uploadsOf = uploadsOf;
        this.resolver = resolver;
        this.allowed = dataDirs.stream().map(LocalDataPolicy::real).toList();
    }

    /**
     * Chat builds read below {@code dataDirs} and their thread's upload folder ({@code uploadsOf}) only;
     * {@code resolver} turns a location into the path the dataset reader will open.
     */
    public static LocalDataPolicy forChat(
            List<Path> dataDirs, Function<ThreadKey, Path> uploadsOf, Function<String, Path> resolver) {
        return new LocalDataPolicy(uploadsOf, dataDirs, resolver);
    }

    /** Why the build of {@code thread} may not read {@code location}; empty when it may. */
    public Optional<String> refusal(ThreadKey thread, String location) {
        if (uploadsOf == null || thread == null || thread.isTerminal()) {
            return Optional.empty();
        }
        Path path = real(resolver.apply(location));
        Path ownUploads = real(uploadsOf.apply(thread));
        if (path.startsWith(ownUploads) || allowed.stream().anyMatch(path::startsWith)) {
            return Optional.empty();
        }
        if (sharedThroughAnotherHome(path, ownUploads)) {
            // still refused: this home's folder of the thread is the only one a chat build may read
            return Optional.of("`" + path.getFileName() + "` was shared in this thread through another mltrainer"
                    + " replica, whose home this one does not share. Give every replica the same MLTRAINER_HOME (one"
                    + " shared volume; see Replicas in the README), then resume the build.");
        }
        return Optional.of("I can't read `" + location + "` from a chat: only files shared in this thread and folders"
                + " the admin listed in MLTRAINER_DATA_DIRS can be used here. Attach the file to the thread, or ask an"
                + " admin to add its folder to MLTRAINER_DATA_DIRS.");
    }

    /**
     * Whether {@code path} is a file in this thread's upload folder of another home ({@code
     * <other home>/uploads/<platform>/<thread hash>/<file>}): a replica that does not share this one's home received it.
     */
    private static boolean sharedThroughAnotherHome(Path path, Path ownUploads) {
        Path folder = path.getParent();
        Path platform = folder == null ? null : folder.getParent();
        Path root = platform == null ? null : platform.getParent();
        Path ownPlatform = ownUploads.getParent();
        Path ownRoot = ownPlatform == null ? null : ownPlatform.getParent();
        return root != null
                && ownRoot != null
                && folder.getFileName().equals(ownUploads.getFileName())
                && platform.getFileName().equals(ownPlatform.getFileName())
                && root.getFileName().equals(ownRoot.getFileName());
    }

    /** The real path where it exists (links resolved), else the normalised absolute path of its nearest parent. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
