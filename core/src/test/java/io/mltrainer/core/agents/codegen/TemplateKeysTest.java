package io.mltrainer.core.agents.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.MustacheException;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Templates render strictly, so every key a training template reads (in any section, partials included) must be in
 * the script model of every task type on every runtime: a misspelt key fails here, not as a silently different
 * script.
 */
class TemplateKeysTest {

    @Test
    void every_key_of_every_training_template_is_in_the_model_of_every_task_on_every_runtime() {
        Map<String, Map<String, Object>> models = new HashMap<>();
        Map<String, List<String>> templates = new HashMap<>();
        for (TaskType task : TaskType.values()) {
            for (RuntimeKind runtime : RuntimeKind.values()) {
                TrainingSpec spec = Specs.of(task, runtime);
                ScriptKind kind = ScriptKind.of(spec);
                String name = task.id() + " on " + runtime.id();
                models.put(name, ScriptModel.of(spec, kind));
                templates.put(name, List.of(kind.template(), "requirements.txt", "modal_app.py"));
            }
        }
        Map<String, Set<String>> items = itemKeys(models.values());

        List<String> missing = new ArrayList<>();
        models.forEach((name, model) -> templates
                .get(name)
                .forEach(template -> TemplateTags.missing(TemplateTags.of(template), model, items)
                        .forEach(use -> missing.add(name + ": " + use))));

        assertThat(missing).isEmpty();
        assertThat(templates.values().stream().flatMap(List::stream).distinct())
                .as("every training template is walked")
                .hasSizeGreaterThanOrEqualTo(ScriptKind.values().length);
    }

    @Test
    void the_walk_sees_keys_inside_switched_off_sections_and_partials() {
        List<String> keys = TemplateTags.of("train/tabular.py").stream()
                .map(TemplateTags.Use::key)
                .toList();

        assertThat(keys).contains("runtime_kaggle", "locate_kaggle_input", "locate_kaggle_download", "name");
    }

    @Test
    void a_section_whose_key_the_model_lacks_fails_instead_of_reading_as_false() {
        TrainingSpec spec = Specs.of(TaskType.TABULAR_CLASSIFICATION, RuntimeKind.LOCAL);
        Map<String, Object> model = new HashMap<>(ScriptModel.of(spec, ScriptKind.of(spec)));
        model.remove("runtime_kaggle");

        assertThatThrownBy(() -> new Templates().render("train/tabular.py", model))
                .isInstanceOf(MustacheException.class)
                .hasMessageContaining("runtime_kaggle");
    }

    /** The keys of the items of every list in the models (a list empty in one model has items in another). */
    private static Map<String, Set<String>> itemKeys(Iterable<Map<String, Object>> models) {
        Map<String, Set<String>> items = new HashMap<>();
        for (Map<String, Object> model : models) {
            model.forEach((key, value) -> {
                if (value instanceof List<?> list) {
                    Set<String> keys = items.computeIfAbsent(key, k -> new HashSet<>());
                    list.stream()
                            .filter(Map.class::isInstance)
                            .forEach(item -> ((Map<?, ?>) item).keySet().forEach(k -> keys.add((String) k)));
                }
            });
        }
        return items;
    }
}
