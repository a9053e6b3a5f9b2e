package io.mltrainer.core.domain;

/** What the user asked for explicitly; null means "choose for me". Values are checked for sanity on creation. */
public record Hyperparameters(Integer epochs, Integer batchSize, Double learningRate, Integer maxSteps) {
    public static final Hyperparameters NONE = new Hyperparameters(null, null, null, null);

    public Hyperparameters {
        positive("epochs", epochs);
        positive("batch size", batchSize);
        positive("max steps", maxSteps);
        if (learningRate != null && (learningRate <= 0 || learningRate >= 1)) {
            throw new IllegalArgumentException("a learning rate is between 0 and 1, not " + learningRate);
        }
    }

    private static void positive(String what, Integer value) {
        if (value != null && value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, not " + value);
        }
    }
}
