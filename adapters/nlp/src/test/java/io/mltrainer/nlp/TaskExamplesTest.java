package io.mltrainer.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.TaskType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TaskExamplesTest {
    @Test
    void the_bundled_examples_cover_every_task_type_in_several_phrasings_and_languages() {
        var perType = TaskExamples.bundled().examples().stream()
                .collect(Collectors.groupingBy(TaskExamples.Example::type, Collectors.counting()));

        assertThat(perType.keySet()).containsExactlyInAnyOrder(TaskType.values());
        assertThat(perType.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(10));
        assertThat(Arrays.stream(TaskType.values()))
                .allSatisfy(t -> assertThat(TaskExamples.bundled().examples().stream()
                                .filter(e -> e.type() == t && !e.text().matches("\\p{ASCII}*")))
                        .as("non-English examples of %s", t)
                        .isNotEmpty());
    }

    @Test
    void reads_headings_examples_and_skips_comments() {
        TaskExamples examples =
                TaskExamples.parse(List.of("# note", "[translation]", "", "to French", "[clustering]", "group"));

        assertThat(examples.examples())
                .containsExactly(
                        new TaskExamples.Example(TaskType.TRANSLATION, "to French"),
                        new TaskExamples.Example(TaskType.CLUSTERING, "group"));
    }

    @Test
    void an_example_before_any_heading_or_an_unknown_heading_is_an_error() {
        assertThatThrownBy(() -> TaskExamples.parse(List.of("orphan"))).hasMessageContaining("orphan");
        assertThatThrownBy(() -> TaskExamples.parse(List.of("[poetry]")))
                .hasMessageContaining("unknown task type 'poetry'");
    }
}
