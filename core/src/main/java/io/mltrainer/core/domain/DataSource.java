package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * Where the training script reads the data: the kind of source, its location (an absolute path, URL, Hub id or Kaggle
 * {@code owner/slug}), the format, the Hub config and splits the stage chose, the file inside a Kaggle dataset, and
 * whether a local folder arrived as a zip archive. Null fields do not apply.
 */
public record DataSource(
        DatasetSourceKind kind,
        String location,
        DataFormat format,
        String file,
        String config,
        String trainSplit,
        String validationSplit,
        String testSplit,
        boolean archive,
        Long sizeBytes) {
    public DataSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(format, "format");
    }

    public static DataSource local(String path, DataFormat format) {
        return new DataSource(DatasetSourceKind.LOCAL, path, format, null, null, null, null, null, false, null);
    }
}
