package io.mltrainer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.TaskType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How the offline parser does on {@link UnseenIntentCorpus}, a set it was never tuned on. The floor is what it scored
 * the one time it was measured, after tuning on {@link TuningIntentCorpus}: it catches a change that makes unseen
 * requests worse; it is not a goal to tune this set towards.
 */
class UnseenIntentCorpusTest {
    /**
     * 75 of 78 (96.2 %) the one time it was measured, after tuning; the misses: a hospital stay in days taken for
     * classes, ripe bananas in pictures taken for detection, and a German request with no word the parser knows.
     */
    private static final int TASK_TYPES_RIGHT = 75;

    @Test
    void the_set_covers_every_task_type_in_six_languages() {
        Map<TaskType, Long> perType = UnseenIntentCorpus.CASES.stream()
                .collect(Collectors.groupingBy(
                        CorpusCase::type, () -> new EnumMap<>(TaskType.class), Collectors.counting()));

        assertThat(UnseenIntentCorpus.CASES).hasSize(78);
        assertThat(perType.values()).containsOnly(6L);
        assertThat(UnseenIntentCorpus.CASES.stream().map(CorpusCase::request)).doesNotHaveDuplicates();
        assertThat(IntentCorpus.CASES.stream().map(CorpusCase::request))
                .doesNotContainAnyElementsOf(UnseenIntentCorpus.CASES.stream()
                        .map(CorpusCase::request)
                        .toList());
    }

    @Test
    void tells_the_task_type_of_unseen_requests_as_well_as_when_it_was_measured() {
        List<String> misses = TuningIntentCorpusTest.misses(UnseenIntentCorpus.CASES);
        System.out.printf(
                "unseen set: %d of %d right%n%s%n",
                UnseenIntentCorpus.CASES.size() - misses.size(),
                UnseenIntentCorpus.CASES.size(),
                String.join("\n", misses));

        assertThat(UnseenIntentCorpus.CASES.size() - misses.size())
                .as("task types right; missed:%n%s", String.join("\n", misses))
                .isGreaterThanOrEqualTo(TASK_TYPES_RIGHT);
    }
}
