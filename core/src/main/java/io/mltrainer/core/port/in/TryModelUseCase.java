package io.mltrainer.core.port.in;

import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.Prediction;
import java.nio.file.Path;

/** Trying a finished build's model on one input ({@code mltrainer predict}, {@code try} in a build's thread). */
public interface TryModelUseCase {

    /**
     * @param attachment an image shared with the request (may be null)
     * @throws BuildRefused with what to do, when there is nothing to try or the input does not fit
     */
    Result tryIt(JobId id, String input, Path attachment);

    /** What trying a model gives. */
    sealed interface Result {
        /** The model's answer; {@code target} names what it predicts. */
        record Predicted(String target, Prediction prediction) implements Result {}

        /** The model runs on the Hub only: its demo. */
        record OnTheHub(String spaceUrl) implements Result {}
    }
}
