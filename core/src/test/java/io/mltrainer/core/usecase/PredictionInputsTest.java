package io.mltrainer.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.PredictionInput;
import io.mltrainer.core.port.in.BuildRefused;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row typed as {@code col=value, …} or as a CSV row, read against the model's columns. */
class PredictionInputsTest {
    private static final List<String> IRIS =
            List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)");

    @Test
    void column_value_pairs_are_read_by_the_models_column_names_even_with_spaces_and_brackets() {
        PredictionInput.Row row = PredictionInputs.row(
                IRIS, "sepal length (cm)=5.1, sepal width (cm)=3.5, petal length (cm)=1.4, petal width (cm)=0.2");

        assertThat(row.values())
                .containsExactly(
                        java.util.Map.entry("sepal length (cm)", "5.1"),
                        java.util.Map.entry("sepal width (cm)", "3.5"),
                        java.util.Map.entry("petal length (cm)", "1.4"),
                        java.util.Map.entry("petal width (cm)", "0.2"));
    }

    @Test
    void a_value_may_hold_a_comma_when_the_next_pair_starts_with_a_column_name() {
        PredictionInput.Row row = PredictionInputs.row(List.of("city", "rooms"), "city=Paris, France, rooms=3");

        assertThat(row.values()).containsEntry("city", "Paris, France").containsEntry("rooms", "3");
    }

    @Test
    void a_csv_row_is_read_in_the_columns_order_with_quotes() {
        PredictionInput.Row row = PredictionInputs.row(List.of("city", "rooms"), "\"Paris, France\",3");

        assertThat(row.values()).containsEntry("city", "Paris, France").containsEntry("rooms", "3");
    }

    @Test
    void a_row_with_the_wrong_number_of_values_names_the_columns_to_give() {
        assertThatThrownBy(() -> PredictionInputs.row(IRIS, "5.1, 3.5"))
                .isInstanceOf(BuildRefused.class)
                .hasMessageContaining("2 value(s)")
                .hasMessageContaining("takes 4")
                .hasMessageContaining("petal width (cm)");
    }
}
