package io.mltrainer.datasets;

import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.RawTable;
import io.mltrainer.core.port.out.TabularReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads any local table by its extension: CSV and TSV (and .txt) with {@link CsvTabularReader}, JSON and JSON Lines
 * with Jackson, Parquet through the runtime's Python. Relative paths start from the base directory.
 */
public final class LocalTableReader implements TabularReader {
    private final CsvTabularReader csv;
    private final ParquetTableReader parquet;

    public LocalTableReader(Path baseDirectory, String python) {
        this.csv = new CsvTabularReader(baseDirectory);
        this.parquet = new ParquetTableReader(python);
    }

    @Override
    public String resolve(String location) {
        return csv.resolve(location);
    }

    @Override
    public RawTable read(String location, int maxRows) {
        Path file = Path.of(resolve(location));
        DataFormat format = format(file);
        if (format == DataFormat.CSV || format == DataFormat.TSV) {
            return csv.read(location, maxRows);
        }
        if (!Files.isRegularFile(file)) {
            return csv.read(location, maxRows);
        }
        return switch (format) {
            case JSONL -> JsonTableReader.readLines(file, location, maxRows);
            case JSON -> JsonTableReader.readDocument(file, location, maxRows);
            case PARQUET -> parquet.read(file, location, maxRows);
            default -> throw StageException.badInput(location + " is not a table I can read.");
        };
    }

    /** The format a file's name says; anything unknown is read as CSV (whose reader names what is wrong). */
    public static DataFormat format(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return DataFormat.TSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return DataFormat.JSONL;
        }
        if (name.endsWith(".json")) {
            return DataFormat.JSON;
        }
        if (name.endsWith(".parquet") || name.endsWith(".pq")) {
            return DataFormat.PARQUET;
        }
        return DataFormat.CSV;
    }

    static boolean isTable(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.matches(".*\\.(csv|tsv|tab|txt|json|jsonl|ndjson|parquet|pq)$");
    }
}
