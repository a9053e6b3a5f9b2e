package io.mltrainer.core.testing;

import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.DatasetSource;
import io.mltrainer.core.port.out.RawTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A dataset source that returns one prepared sample for any query, and remembers the last query. */
public final class FakeDatasetSource implements DatasetSource {
    private final DatasetSample sample;
    private DatasetQuery last;

    private FakeDatasetSource(DatasetSample sample) {
        this.sample = sample;
    }

    public static FakeDatasetSource returning(DatasetSample sample) {
        return new FakeDatasetSource(sample);
    }

    /** A local CSV-like table: the header, then rows of cells. */
    public static FakeDatasetSource table(List<String> header, List<List<String>> rows) {
        return returning(DatasetSample.ofTable(
                DataSource.local("/data/sample.csv", DataFormat.CSV), new RawTable(header, rows, rows.size())));
    }

    /** Rows from "a|b|c" lines, the first one the header. */
    public static FakeDatasetSource lines(String... lines) {
        List<String> header = Arrays.asList(lines[0].split("\\|", -1));
        List<List<String>> rows = new ArrayList<>();
        for (String line : Arrays.asList(lines).subList(1, lines.length)) {
            rows.add(Arrays.asList(line.split("\\|", -1)));
        }
        return table(header, rows);
    }

    @Override
    public boolean reads(DatasetSourceKind kind) {
        return true;
    }

    @Override
    public DatasetSample inspect(DatasetQuery query) {
        last = query;
        return sample;
    }

    public DatasetQuery lastQuery() {
        return last;
    }
}
