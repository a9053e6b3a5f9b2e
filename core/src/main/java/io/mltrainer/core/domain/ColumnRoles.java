package io.mltrainer.core.domain;

/**
 * Which column plays which part, as the dataset stage validated it; null when a role does not apply. {@code target}
 * is what a model predicts or generates (a tabular target, an image-regression value, a summary, a translation);
 * {@code text} the input text (or token list, chat messages, translation pairs); {@code textPair} a second input
 * (a prompt's response); {@code label} a class or tag column; {@code time} and {@code series} belong to forecasting.
 */
public record ColumnRoles(
        String target, String text, String textPair, String label, String image, String time, String series) {
    public static final ColumnRoles NONE = new ColumnRoles(null, null, null, null, null, null, null);

    public static ColumnRoles target(String target) {
        return new ColumnRoles(target, null, null, null, null, null, null);
    }
}
