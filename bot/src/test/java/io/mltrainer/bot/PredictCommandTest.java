package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mltrainer predict JOB INPUT}: a trained iris model answers a row typed on the command line. The tests only
 * read the model: it is trained once for all of them.
 */
class PredictCommandTest {
    private static final String SETOSA =
            "sepal length (cm)=5.1, sepal width (cm)=3.5, petal length (cm)=1.4, petal width (cm)=0.2";

    @TempDir
    static Path home;

    @TempDir
    static Path work;

    private static Cli cli;
    private static String id;

    @BeforeAll
    static void trainIris() {
        cli = new Cli(home, work);
        Cli.Result run = cli.run(
                "run",
                "predict the species of iris flowers",
                "--dataset",
                Fixtures.shared("iris.csv").toString(),
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        id = run.json().get("job_id").asText();
    }

    @Test
    void a_trained_model_predicts_a_typed_row_with_its_class_probabilities() {
        Cli.Result text = cli.run("predict", id, SETOSA);
        Cli.Result json = cli.run("predict", id, SETOSA, "--json");
        Cli.Result csv = cli.run("predict", id, "6.7,3.0,5.2,2.3", "--json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("species: setosa").contains("setosa ", "%");
        JsonNode answer = json.json();
        assertThat(answer.get("prediction").asText()).isEqualTo("setosa");
        assertThat(answer.get("probabilities").get("setosa").asDouble()).isGreaterThan(0.5);
        double total = 0;
        for (JsonNode p : answer.get("probabilities")) {
            total += p.asDouble();
        }
        assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(csv.json().get("prediction").asText()).isEqualTo("virginica");
    }

    @Test
    void a_row_that_does_not_fit_the_model_is_a_usage_error_naming_the_columns() {
        Cli.Result result = cli.run("predict", id, "5.1, 3.5");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("takes 4", "petal width (cm)");
    }
}
