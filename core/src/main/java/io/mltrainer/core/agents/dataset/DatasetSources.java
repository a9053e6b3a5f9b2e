package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.DatasetSource;
import java.util.List;
import java.util.Locale;

/** Every configured source behind the one port: a query goes to the first source that reads its kind. */
public final class DatasetSources implements DatasetSource {
    private final List<DatasetSource> sources;

    public DatasetSources(List<DatasetSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public boolean reads(DatasetSourceKind kind) {
        return sources.stream().anyMatch(s -> s.reads(kind));
    }

    @Override
    public DatasetSample inspect(DatasetQuery query) {
        DatasetSourceKind kind = query.spec().source();
        return sources.stream()
                .filter(s -> s.reads(kind))
                .findFirst()
                .orElseThrow(() -> StageException.badInput(
                        "mltrainer cannot read " + kind.name().toLowerCase(Locale.ROOT)
                                + " datasets in this configuration. Give a local file or folder, a URL or a Hugging Face"
                                + " dataset id instead."))
                .inspect(query);
    }
}
