package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.port.out.RawTable;
import java.util.List;

/**
 * Infers each column's kind and statistics from the rows read. The dataset stage profiles a build's data once with
 * it, and every check and report of the build uses that profile ({@link DataProfiler#profile} unless a test counts).
 */
@FunctionalInterface
public interface ColumnProfiler {
    List<ColumnProfile> profile(RawTable table);
}
