package io.mltrainer.datasets;

import io.mltrainer.core.agents.dataset.ArchiveLimits;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.DatasetSource;
import io.mltrainer.core.port.out.TabularReader;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Local files (CSV, TSV, JSON, JSON Lines, Parquet), folders (class folders of images, COCO, images with
 * metadata.csv, a folder with one table) and zip archives of those, read in place (a zip through Java's zip file
 * system, without unpacking it, after {@link ArchiveLimits} allowed it). Chat attachments are local files too.
 */
public final class LocalDatasetSource implements DatasetSource {
    private final TabularReader reader;
    private final FolderReader folders;
    private final ArchiveLimits limits;

    public LocalDatasetSource(TabularReader reader) {
        this(reader, ArchiveLimits.DEFAULT);
    }

    /** Zip archives beyond {@code limits} are refused before anything in them is read. */
    public LocalDatasetSource(TabularReader reader, ArchiveLimits limits) {
        this.reader = reader;
        this.folders = new FolderReader(new TableFiles(reader));
        this.limits = limits;
    }

    @Override
    public boolean reads(DatasetSourceKind kind) {
        return kind == DatasetSourceKind.LOCAL || kind == DatasetSourceKind.ATTACHMENT;
    }

    @Override
    public DatasetSample inspect(DatasetQuery query) {
        String location = query.spec().location();
        Path path = Path.of(reader.resolve(location));
        DatasetSourceKind kind = query.spec().source();
        // A missing table file is named by its reader, as a file ("The data file ... does not exist").
        if (!Files.exists(path) && !LocalTableReader.isTable(path)) {
            throw StageException.badInput("The data " + location + " does not exist. Check the path (relative paths"
                    + " start from " + Path.of(reader.resolve(".")) + ").");
        }
        String where = path.toString();
        if (Files.isDirectory(path)) {
            return folders.read(path, source(kind, where, DataFormat.CSV, false, size(path)), query.maxRows());
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return zip(path, kind, query.maxRows());
        }
        DataFormat format = LocalTableReader.format(path);
        return DatasetSample.ofTable(
                source(kind, where, format, false, size(path)), reader.read(where, query.maxRows()));
    }

    private DatasetSample zip(Path path, DatasetSourceKind kind, int maxRows) {
        try {
            // Before anything inside is read or copied out: a zip bomb never gets that far.
            limits.refusal(path).ifPresent(reason -> {
                throw StageException.badInput(reason);
            });
        } catch (IOException e) {
            throw StageException.badInput(path.getFileName() + " is not a readable zip archive: " + e.getMessage());
        }
        try (FileSystem zip = FileSystems.newFileSystem(path)) {
            Path root = singleTopFolder(zip.getPath("/"));
            return folders.read(root, source(kind, path.toString(), DataFormat.CSV, true, size(path)), maxRows);
        } catch (IOException e) {
            throw StageException.badInput(path.getFileName() + " is not a readable zip archive: " + e.getMessage());
        }
    }

    /** Archives often wrap everything in one folder: look inside it. */
    private static Path singleTopFolder(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            List<Path> entries = children.filter(
                            p -> !p.getFileName().toString().startsWith("__MACOSX"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList();
            if (entries.size() == 1 && Files.isDirectory(entries.get(0))) {
                Path inner = entries.get(0);
                try (Stream<Path> grandchildren = Files.list(inner)) {
                    // A single folder of images only is one class of a <label>/<image> layout: keep the root.
                    boolean onlyImages = grandchildren.allMatch(ImageProbe::looksLikeImage);
                    return onlyImages ? root : inner;
                }
            }
            return root;
        }
    }

    private static DataSource source(
            DatasetSourceKind kind, String location, DataFormat format, boolean archive, Long size) {
        return new DataSource(kind, location, format, null, null, null, null, null, archive, size);
    }

    private static Long size(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.size(path) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
