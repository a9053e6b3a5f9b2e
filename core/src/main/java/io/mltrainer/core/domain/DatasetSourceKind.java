package io.mltrainer.core.domain;

public enum DatasetSourceKind {
    LOCAL,
    HUGGINGFACE,
    KAGGLE,
    URL,
    ATTACHMENT;

    /** A file or folder on this machine (a path given, or a file shared in a chat and saved here). */
    public boolean isLocal() {
        return this == LOCAL || this == ATTACHMENT;
    }
}
