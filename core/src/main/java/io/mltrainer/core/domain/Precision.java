package io.mltrainer.core.domain;

public enum Precision {
    FP32,
    FP16,
    BF16
}
