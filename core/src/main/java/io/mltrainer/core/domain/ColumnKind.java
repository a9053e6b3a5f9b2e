package io.mltrainer.core.domain;

public enum ColumnKind {
    NUMERIC,
    CATEGORICAL,
    DATE,
    TEXT,
    EMPTY
}
