package io.mltrainer.core.port.out;

import java.util.List;

/**
 * A table as read from a file: the header and up to a limit of rows (as text); {@code totalRows} counts them all.
 */
public record RawTable(List<String> header, List<List<String>> rows, long totalRows) {
    public RawTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
