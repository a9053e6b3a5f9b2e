package io.mltrainer.core.agents.codegen;

import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.RuntimeKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The packages one script needs: its family's, plus what its data source and settings add. */
public final class Requirements {
    private Requirements() {}

    public static List<PythonPackage> of(TrainingSpec spec, ScriptKind kind) {
        Set<PythonPackage> packages = new LinkedHashSet<>(kind.packages());
        TrainingSpec.Data data = spec.data();
        if (data.source() == DatasetSourceKind.HUGGINGFACE) {
            packages.add(PythonPackage.DATASETS);
        }
        if (data.source() == DatasetSourceKind.KAGGLE && spec.runtime() != RuntimeKind.KAGGLE) {
            packages.add(PythonPackage.KAGGLE);
        }
        if (data.format() == DataFormat.PARQUET && kind.classical()) {
            packages.add(PythonPackage.PYARROW);
        }
        if (spec.training().fineTuning() == FineTuning.QLORA && kind == ScriptKind.TRL_SFT) {
            packages.add(PythonPackage.BITSANDBYTES);
        }
        return List.copyOf(packages);
    }
}
