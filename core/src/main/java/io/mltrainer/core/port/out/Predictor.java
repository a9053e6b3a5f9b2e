package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.Prediction;
import io.mltrainer.core.domain.PredictionInput;
import java.nio.file.Path;

/** Runs a published classical model (its registry folder) on one input. */
public interface Predictor {
    Prediction predict(Path modelFolder, PredictionInput input);
}
