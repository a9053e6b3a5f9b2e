package io.mltrainer.core.domain;

public enum DatasetSourceKind {
    LOCAL,
    HUGGINGFACE,
    KAGGLE,
    URL,
    ATTACHMENT
}
