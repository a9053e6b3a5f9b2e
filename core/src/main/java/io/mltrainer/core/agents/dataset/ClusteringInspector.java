package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.DatasetSample;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Rows to group: the usable features (numbers and categories; not ids, constants or free text) and k's range. */
final class ClusteringInspector implements Inspector {
    static final int MAX_K = 10;

    @Override
    public DataReport inspect(DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent) {
        List<ColumnProfile> profiles = columns;
        String excluded = intent.dataset().target();
        List<String> features = profiles.stream()
                .filter(p -> !p.name().equals(excluded))
                .filter(p -> (p.kind() == ColumnKind.NUMERIC || p.kind() == ColumnKind.CATEGORICAL)
                        && !p.idLike()
                        && !p.constant()
                        && p.missingShare() <= 0.95)
                .map(ColumnProfile::name)
                .toList();
        if (features.isEmpty()) {
            throw StageException.badInput("No column can describe the rows for clustering: "
                    + profiles.stream()
                            .map(p -> p.name() + " (" + p.kind().name().toLowerCase(Locale.ROOT)
                                    + (p.idLike() ? ", an id" : "") + ")")
                            .collect(Collectors.joining(", "))
                    + ". Clustering needs numeric or categorical columns.");
        }
        long rows = sample.table().rows().size();
        Samples.checkEnough(rows, "rows");
        int maxK = (int) Math.max(2, Math.min(MAX_K, Math.floor(Math.sqrt(rows / 2.0))));
        List<String> notes = Samples.notes(sample);
        if (excluded != null) {
            notes.add("`" + excluded + "` is left out of the features and used only to describe the clusters");
        }
        return Samples.report(
                sample,
                columns,
                null,
                Map.of(),
                notes,
                ColumnRoles.NONE,
                new DataDetails.Clustering(features, 2, maxK));
    }
}
