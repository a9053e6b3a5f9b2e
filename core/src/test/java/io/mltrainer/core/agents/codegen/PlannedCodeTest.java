package io.mltrainer.core.agents.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.testing.FakeDatasetSource;
import io.mltrainer.core.testing.Intents;
import io.mltrainer.core.testing.PythonChecker;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds planned by the real planning stages become training code through {@link TrainingSpecs}: the plan's choices
 * show in the script, and every script passes the checks.
 */
class PlannedCodeTest {
    private static final TrainingCode CODE = new TrainingCode(new Templates());

    @Test
    void the_same_request_is_a_classical_script_locally_and_a_transformer_script_on_a_gpu() {
        String local =
                script(Planned.build(Intents.of(TaskType.TEXT_CLASSIFICATION, "reviews.csv"), Planned.reviews()));
        String kaggle = script(Planned.build(
                Intents.of(TaskType.TEXT_CLASSIFICATION, "reviews.csv").on(RuntimeKind.KAGGLE), Planned.reviews()));
        String modal = script(Planned.build(
                Intents.of(TaskType.TEXT_CLASSIFICATION, "reviews.csv").on(RuntimeKind.MODAL, "A10G"),
                Planned.reviews()));

        assertThat(local).contains("TfidfVectorizer", "(\"linear\", {").doesNotContain("transformers");
        for (String gpu : List.of(kaggle, modal)) {
            assertThat(gpu)
                    .contains("AutoModelForSequenceClassification", "Trainer(")
                    .doesNotContain("TfidfVectorizer");
        }
        assertThat(kaggle).contains("FP16 = True", "/kaggle/working/output");
        assertThat(modal).contains("BF16 = True");
    }

    static Stream<Arguments> plannedBuilds() {
        return Stream.of(
                named(
                        "tabular classification, local",
                        Intents.of(
                                TaskType.TABULAR_CLASSIFICATION,
                                new DatasetSpec(DatasetSourceKind.LOCAL, "f.csv", "species")),
                        Planned.flowers()),
                named(
                        "text classification, kaggle",
                        Intents.of(TaskType.TEXT_CLASSIFICATION, "r.csv").on(RuntimeKind.KAGGLE),
                        Planned.reviews()),
                named(
                        "token classification, modal",
                        Intents.of(TaskType.TOKEN_CLASSIFICATION, "t.jsonl").on(RuntimeKind.MODAL),
                        Planned.tags()),
                named(
                        "summarization, kaggle",
                        Intents.of(TaskType.SUMMARIZATION, "s.csv").on(RuntimeKind.KAGGLE),
                        Planned.documents()),
                named(
                        "translation, modal",
                        Intents.of(TaskType.TRANSLATION, "p.jsonl")
                                .saying("translate English to French")
                                .on(RuntimeKind.MODAL),
                        Planned.pairs()),
                named(
                        "text generation, kaggle",
                        Intents.of(TaskType.TEXT_GENERATION, "g.csv").on(RuntimeKind.KAGGLE),
                        Planned.reviews()),
                named(
                        "llm fine-tuning, modal",
                        Intents.of(TaskType.LLM_FINETUNING, "c.jsonl").on(RuntimeKind.MODAL),
                        Planned.chats()),
                named("forecasting, local", Intents.of(TaskType.TIME_SERIES_FORECASTING, "m.csv"), Planned.months()),
                named("clustering, local", Intents.of(TaskType.CLUSTERING, "f.csv"), Planned.flowers()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plannedBuilds")
    void a_planned_build_renders_checked_code(JobContext planned) {
        TrainingSpec spec = TrainingSpecs.from(planned);
        List<GeneratedFile> files = CODE.render(spec);

        assertThat(new PythonChecker().check(new GeneratedCode("/tmp", "train.py", files, spec.runtime())))
                .isEmpty();
        assertThat(spec.metrics()).isNotEmpty();
    }

    private static Arguments named(String name, Intents intents, FakeDatasetSource source) {
        return Arguments.of(Named.of(name, Planned.build(intents, source)));
    }

    private static String script(JobContext planned) {
        return CODE.render(TrainingSpecs.from(planned)).get(0).content();
    }
}
