package io.mltrainer.core.agents.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.TrainingRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelCardSearchTest {
    @Test
    void the_card_names_the_models_the_search_tuned_with_their_scores() {
        TrainingRun run =
                run(Map.of("linear", 0.90, "xgboost", 0.93, "xgboost_tuned", 0.95123, "random_forest_tuned", 0.94));

        assertThat(ModelCard.tuned(run)).isEqualTo("random_forest 0.9400, xgboost 0.9512");
    }

    @Test
    void a_run_without_a_search_has_no_search_line() {
        assertThat(ModelCard.tuned(run(Map.of("linear", 0.9)))).isNull();
    }

    private static TrainingRun run(Map<String, Double> cvScores) {
        return new TrainingRun("local", "r1", "/out", Map.of("accuracy", 0.9), "linear", cvScores, List.of(), 1000);
    }
}
