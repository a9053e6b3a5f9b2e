package io.mltrainer.nlp;

/**
 * The columns a request names; any may be null. {@code target} is what the words call the thing to predict
 * ("predict price", "target column y"); {@code label} what they call the labels ("label column is spam").
 */
public record Columns(String target, String text, String label, String image) {
    public static final Columns NONE = new Columns(null, null, null, null);

    public boolean isEmpty() {
        return target == null && text == null && label == null && image == null;
    }
}
