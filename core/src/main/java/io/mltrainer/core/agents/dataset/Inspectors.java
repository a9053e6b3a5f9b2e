package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.DatasetSample;
import java.util.Arrays;
import java.util.Objects;

/** The inspector of each task type. */
public final class Inspectors {
    private Inspectors() {}

    /**
     * Every column the user named exists (exactly or but for case), whatever the task: a misspelt column is named
     * with the columns there are before any role is guessed.
     */
    public static void checkNamedColumns(DatasetSample sample, DatasetSpec spec) {
        var header = sample.table().header();
        if (header.isEmpty()) {
            return;
        }
        Arrays.asList(spec.target(), spec.textColumn(), spec.labelColumn(), spec.imageColumn()).stream()
                .filter(Objects::nonNull)
                .forEach(column -> ColumnChoice.named(column, header, "the " + role(spec, column)));
    }

    private static String role(DatasetSpec spec, String column) {
        if (column.equals(spec.target())) {
            return "target";
        }
        return column.equals(spec.textColumn()) ? "text" : column.equals(spec.labelColumn()) ? "label" : "image";
    }

    public static Inspector of(TaskType type) {
        return switch (type) {
            case TABULAR_CLASSIFICATION, TABULAR_REGRESSION -> new TabularInspector();
            case TEXT_CLASSIFICATION, TEXT_GENERATION -> new TextInspector();
            case IMAGE_CLASSIFICATION, IMAGE_REGRESSION -> new ImageInspector();
            case OBJECT_DETECTION -> new DetectionInspector();
            case TOKEN_CLASSIFICATION -> new TokenInspector();
            case SUMMARIZATION -> new SummarizationInspector();
            case TRANSLATION -> new TranslationInspector();
            case LLM_FINETUNING -> new InstructionInspector();
            case TIME_SERIES_FORECASTING -> new TimeSeriesInspector();
            case CLUSTERING -> new ClusteringInspector();
        };
    }
}
