package io.mltrainer.core.domain;

/** Something the dataset stage noticed about one column ("unique per row: an id"). */
public record ColumnNote(String column, String note) {}
