package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.DatasetSourceKind;

/**
 * Reads a bounded sample of a dataset and what its host says about it, wherever it lives (local files and folders,
 * URLs, the Hugging Face Hub, Kaggle). Large data stays where it is: remote sources return metadata and the first
 * rows only. Failures are stage exceptions that name the problem and the way out (bad input, authentication,
 * transient).
 */
public interface DatasetSource {
    /** Whether this source reads datasets of that kind. */
    boolean reads(DatasetSourceKind kind);

    DatasetSample inspect(DatasetQuery query);
}
