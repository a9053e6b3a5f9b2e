package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.port.out.DatasetSample;
import java.util.List;

/**
 * Checks a sample for one kind of task before any compute, and describes it: the columns the task needs exist and
 * are usable, labels make sense, there are enough examples. Failures are bad input that names the alternatives, or a
 * question when a choice is ambiguous.
 */
public interface Inspector {
    /** {@code columns} is the sample's one profile (the dataset stage's), never computed again here. */
    DataReport inspect(DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent);

    /** For a sample nobody profiled yet (tests, tools): profiles it, then inspects it. */
    default DataReport inspect(DatasetSample sample, ParsedIntent intent) {
        return inspect(
                sample, sample.table().header().isEmpty() ? List.of() : DataProfiler.profile(sample.table()), intent);
    }
}
