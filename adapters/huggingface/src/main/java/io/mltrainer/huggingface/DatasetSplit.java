package io.mltrainer.huggingface;

/** One split of one config of a Hub dataset ({@code /splits}). */
public record DatasetSplit(String config, String split) {}
