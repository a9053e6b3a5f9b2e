package io.mltrainer.core.agents.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.DroppedColumn;
import io.mltrainer.core.domain.TaskType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassicalPlannerTest {
    private final ClassicalPlanner planner = new ClassicalPlanner();

    @Test
    void clustering_leaves_out_a_column_named_like_a_label_with_few_values_and_says_so() {
        DataReport report = clusteringReport(
                ColumnRoles.NONE,
                numeric("petal_length", 40),
                numeric("petal_width", 30),
                categorical("species", 3),
                categorical("colour", 5));

        var plan = planner.plan(TaskType.CLUSTERING, report).preprocess();

        assertThat(plan.numeric()).containsExactly("petal_length", "petal_width");
        assertThat(plan.categorical()).containsExactly("colour");
        assertThat(plan.dropped()).extracting(DroppedColumn::name).containsExactly("species");
        assertThat(plan.steps()).anyMatch(s -> s.contains("`species` is left out"));
    }

    @Test
    void clustering_leaves_out_the_column_the_data_names_as_target_whatever_it_is_called() {
        DataReport report = clusteringReport(
                ColumnRoles.target("segment"), numeric("spend", 80), numeric("visits", 12), categorical("segment", 4));

        var plan = planner.plan(TaskType.CLUSTERING, report).preprocess();

        assertThat(plan.dropped()).extracting(DroppedColumn::name).containsExactly("segment");
        assertThat(plan.featureColumns()).containsExactly("spend", "visits");
    }

    @Test
    void clustering_keeps_a_many_valued_column_even_when_its_name_sounds_like_a_label() {
        DataReport report = clusteringReport(ColumnRoles.NONE, numeric("spend", 80), numeric("target_price", 90));

        var plan = planner.plan(TaskType.CLUSTERING, report).preprocess();

        assertThat(plan.numeric()).containsExactly("spend", "target_price");
    }

    @Test
    void clustering_with_only_a_label_left_says_there_is_nothing_to_cluster_on() {
        DataReport report = clusteringReport(ColumnRoles.NONE, categorical("class", 3));

        assertThatThrownBy(() -> planner.plan(TaskType.CLUSTERING, report))
                .hasMessageContaining("no column is left to cluster on")
                .hasMessageContaining("class (looks like a label");
    }

    private static DataReport clusteringReport(ColumnRoles roles, ColumnProfile... columns) {
        List<ColumnProfile> all = List.of(columns);
        List<String> features = all.stream().map(ColumnProfile::name).toList();
        return new DataReport(
                "/data/table.csv",
                150,
                all,
                roles.target(),
                Map.of(),
                List.of(),
                DataSource.local("/data/table.csv", DataFormat.CSV),
                roles,
                new DataDetails.Clustering(features, 2, 6));
    }

    private static ColumnProfile numeric(String name, long distinct) {
        return new ColumnProfile(name, ColumnKind.NUMERIC, 0, distinct, false, 0.0, 10.0);
    }

    private static ColumnProfile categorical(String name, long distinct) {
        return new ColumnProfile(name, ColumnKind.CATEGORICAL, 0, distinct, false, null, null);
    }
}
