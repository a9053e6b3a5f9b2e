package io.mltrainer.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.agents.dataset.DataReports;
import io.mltrainer.core.agents.dataset.DatasetSources;
import io.mltrainer.core.agents.plan.PlanReports;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.testing.Intents;
import io.mltrainer.core.testing.PlanningPipeline;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every task type, on real small data (../shared/data) or a fixture of its modality, gets a validated plan with an
 * estimate: on the local CPU and on a GPU runtime.
 */
class PlansEveryTaskTest {
    @TempDir
    static Path dir;

    private static PlanningPipeline pipeline;

    @BeforeAll
    static void sources() {
        var reader = new LocalTableReader(dir, "/usr/bin/python3");
        pipeline = PlanningPipeline.with(new DatasetSources(List.of(new LocalDatasetSource(reader))));
    }

    static Intents intents(TaskType type) {
        return switch (type) {
            case TABULAR_CLASSIFICATION -> local(type, DataFixtures.shared("iris.csv"), "species");
            case TABULAR_REGRESSION -> local(type, DataFixtures.shared("diabetes.csv"), "progression");
            case TEXT_CLASSIFICATION -> local(type, DataFixtures.shared("emails-spam-small.csv"), null);
            case TIME_SERIES_FORECASTING -> local(type, DataFixtures.shared("sp500-monthly.csv"), null);
            case CLUSTERING -> local(type, DataFixtures.shared("wine.csv"), "cultivar");
            case IMAGE_CLASSIFICATION -> local(type, DataFixtures.imageFolder(dir.resolve("ic")), null);
            case IMAGE_REGRESSION -> local(type, DataFixtures.imageRegression(dir.resolve("ir")), null);
            case OBJECT_DETECTION -> local(type, DataFixtures.coco(dir.resolve("od")), null);
            case TOKEN_CLASSIFICATION -> local(type, DataFixtures.tokens(dir), null);
            case SUMMARIZATION -> local(type, DataFixtures.summaries(dir), null);
            case TRANSLATION ->
                local(type, DataFixtures.translations(dir), null).saying("translate English to French");
            case TEXT_GENERATION -> local(type, DataFixtures.corpus(dir), null);
            case LLM_FINETUNING -> local(type, DataFixtures.chats(dir), null);
        };
    }

    private static Intents local(TaskType type, Path path, String target) {
        return Intents.of(type, new DatasetSpec(DatasetSourceKind.LOCAL, path.toString(), target));
    }

    @ParameterizedTest
    @EnumSource(TaskType.class)
    void every_task_type_gets_a_validated_plan_with_an_estimate_on_the_cpu(TaskType type) {
        JobContext plan = pipeline.plan(intents(type).intent());

        print(type, "local", plan);
        assertThat(plan.dataReport().details()).isNotNull();
        assertThat(plan.config().metrics()).isNotEmpty();
        var estimate = plan.architecture().estimate();
        assertThat(estimate.runtime()).isEqualTo(RuntimeKind.LOCAL);
        assertThat(estimate.accelerator()).isEqualTo("cpu");
        assertThat(estimate.trainingSeconds()).isPositive();
        assertThat(plan.preprocess() != null || type == TaskType.LLM_FINETUNING).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TaskType.class)
    void every_task_type_gets_a_plan_sized_for_kaggles_t4(TaskType type) {
        JobContext plan = pipeline.plan(intents(type).on(RuntimeKind.KAGGLE).intent());

        print(type, "kaggle", plan);
        var estimate = plan.architecture().estimate();
        assertThat(estimate.runtime()).isEqualTo(RuntimeKind.KAGGLE);
        assertThat(estimate.quotaHours()).isNotNull();
        if (CLASSICAL.contains(type)) {
            assertThat(estimate.accelerator()).isEqualTo("cpu");
        } else {
            assertThat(estimate.accelerator()).isEqualTo("T4");
            assertThat(plan.architecture().backbone()).isNotNull();
            // A T4 has no bf16; fp16 overflows in T5 and Qwen, which train in fp32 there.
            String backbone = plan.architecture().backbone().id();
            assertThat(plan.config().neural().precision().name())
                    .isEqualTo(io.mltrainer.core.domain.Precision.overflowsFp16(backbone) ? "FP32" : "FP16");
            assertThat(estimate.peakMemoryGb()).isLessThanOrEqualTo(16);
        }
    }

    @Test
    void the_cpu_plans_are_the_quick_classical_ones() {
        assertThat(kinds(TaskType.TEXT_CLASSIFICATION))
                .containsExactly("tfidf_logistic_regression", "tfidf_linear_svc");
        assertThat(kinds(TaskType.IMAGE_CLASSIFICATION))
                .containsExactly("pixels_logistic_regression", "pixels_hist_gradient_boosting");
        assertThat(kinds(TaskType.TIME_SERIES_FORECASTING)).containsExactly("lag_gradient_boosting", "seasonal_naive");
        assertThat(kinds(TaskType.CLUSTERING)).containsExactly("kmeans");
        assertThat(kinds(TaskType.TABULAR_CLASSIFICATION)).contains("hist_gradient_boosting");
    }

    @Test
    void the_data_reports_describe_each_modality() {
        var images = (DataDetails.Images)
                pipeline.plan(intents(TaskType.IMAGE_CLASSIFICATION).intent())
                        .dataReport()
                        .details();
        assertThat(images.images()).isEqualTo(12);
        assertThat(images.unreadable()).containsExactly("dogs/broken.png");

        var boxes = (DataDetails.Detection)
                pipeline.plan(intents(TaskType.OBJECT_DETECTION).intent())
                        .dataReport()
                        .details();
        assertThat(boxes.objectsPerCategory()).containsEntry("circle", 6L).containsEntry("square", 6L);
        assertThat(boxes.invalidBoxes()).isEqualTo(1);
        assertThat(boxes.annotations()).isEqualTo("coco");

        var series = (DataDetails.TimeSeries)
                pipeline.plan(intents(TaskType.TIME_SERIES_FORECASTING).intent())
                        .dataReport()
                        .details();
        assertThat(series.frequency()).isEqualTo("monthly");
        assertThat(series.horizon()).isEqualTo(12);

        var pair = (DataDetails.Seq2Seq) pipeline.plan(
                        intents(TaskType.TRANSLATION).on(RuntimeKind.KAGGLE).intent())
                .dataReport()
                .details();
        assertThat(pair.sourceLanguage() + "→" + pair.targetLanguage()).isEqualTo("en→fr");

        var text = pipeline.plan(intents(TaskType.TEXT_CLASSIFICATION).intent()).dataReport();
        assertThat(text.roles().text()).isEqualTo("text");
        assertThat(text.classCounts()).containsOnlyKeys("spam", "ham");
    }

    @Test
    void translation_on_a_gpu_fine_tunes_the_opus_mt_model_of_the_pair() {
        JobContext plan = pipeline.plan(
                intents(TaskType.TRANSLATION).on(RuntimeKind.KAGGLE).intent());

        assertThat(plan.architecture().backbone().id()).isEqualTo("Helsinki-NLP/opus-mt-en-fr");
    }

    private static List<String> kinds(TaskType type) {
        return pipeline.plan(intents(type).intent()).architecture().candidates().stream()
                .map(c -> c.kind())
                .toList();
    }

    private static final Set<TaskType> CLASSICAL = EnumSet.of(
            TaskType.TABULAR_CLASSIFICATION,
            TaskType.TABULAR_REGRESSION,
            TaskType.TIME_SERIES_FORECASTING,
            TaskType.CLUSTERING);

    private static void print(TaskType type, String runtime, JobContext plan) {
        System.out.println("== " + type.id() + " on " + runtime);
        DataReports.render(plan.dataReport()).forEach(l -> System.out.println("  " + l));
        PlanReports.render(plan).forEach(l -> System.out.println("  " + l));
    }
}
