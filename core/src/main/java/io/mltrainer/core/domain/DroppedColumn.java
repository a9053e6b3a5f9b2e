package io.mltrainer.core.domain;

public record DroppedColumn(String name, String reason) {}
