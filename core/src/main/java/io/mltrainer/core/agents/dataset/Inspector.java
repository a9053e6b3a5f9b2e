package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.port.out.DatasetSample;

/**
 * Checks a sample for one kind of task before any compute, and describes it: the columns the task needs exist and
 * are usable, labels make sense, there are enough examples. Failures are bad input that names the alternatives, or a
 * question when a choice is ambiguous.
 */
public interface Inspector {
    DataReport inspect(DatasetSample sample, ParsedIntent intent);
}
