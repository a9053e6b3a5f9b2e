package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.TrainingCurve;

/** Draws training curves as images. */
public interface CurveRenderer {
    /** The image's name in a run's outputs and in the registry folder. */
    String FILE_NAME = "training_curve.png";

    /** The curve as a PNG image. */
    byte[] png(TrainingCurve curve);

    /** Writes the PNG as {@link #FILE_NAME} into {@code folder} (created if needed, an older image replaced whole). */
    String write(TrainingCurve curve, String folder);
}
