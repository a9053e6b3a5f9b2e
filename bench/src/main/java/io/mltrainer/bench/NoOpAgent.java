package io.mltrainer.bench;

import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;

/** An agent that does no work: it returns the result it was given, at once, for every build. */
final class NoOpAgent implements StageAgent {
    private final StageResult result;

    NoOpAgent(StageResult result) {
        this.result = result;
    }

    @Override
    public Stage stage() {
        return result.stage();
    }

    @Override
    public StageResult run(StageInput input) {
        return result;
    }
}
