package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.DatasetSource;

/**
 * For every task type: reads a sample of the data wherever it lives, then the task's inspector checks it before any
 * compute and describes it (a {@code DataReport} with the modality's details).
 */
public final class DatasetAgent implements StageAgent {
    static final int TABLE_ROWS = 200_000;
    static final int SAMPLE_ROWS = 5_000;

    private final DatasetSource source;
    private final LocalDataPolicy policy;

    public DatasetAgent(DatasetSource source) {
        this(source, LocalDataPolicy.UNRESTRICTED);
    }

    public DatasetAgent(DatasetSource source, LocalDataPolicy policy) {
        this.source = source;
        this.policy = policy;
    }

    @Override
    public Stage stage() {
        return Stage.DATASET;
    }

    @Override
    public boolean supports(TaskType type) {
        return type != null;
    }

    /** Tasks that learn from a table's columns: one column is not enough for them. */
    private static boolean needsColumns(TaskType type) {
        return type.isTabular() || type == TaskType.CLUSTERING || type == TaskType.TIME_SERIES_FORECASTING;
    }

    @Override
    public StageResult run(StageInput input) {
        ParsedIntent intent = input.context().require(ParsedIntent.class);
        BuildRequest request = input.context().request();
        Credentials credentials =
                request.intake() == null ? Credentials.NONE : request.intake().credentials();
        if (intent.dataset() != null && intent.dataset().source().isLocal()) {
            policy.refusal(input.thread(), intent.dataset().location()).ifPresent(reason -> {
                throw StageException.badInput(reason);
            });
        }
        int rows = intent.taskType().isTabular() || intent.taskType() == TaskType.CLUSTERING ? TABLE_ROWS : SAMPLE_ROWS;
        boolean chat = input.thread() != null && !input.thread().isTerminal();
        DatasetSample sample = source.inspect(
                new DatasetQuery(intent.dataset(), input.owner(), credentials, rows, input.cancellation(), chat));
        CredentialsInData.refusal(sample.table().header()).ifPresent(reason -> {
            throw StageException.badInput(reason);
        });
        Inspectors.checkNamedColumns(sample, intent.dataset());
        if (needsColumns(intent.taskType()) && sample.table().header().size() == 1) {
            throw StageException.badInput(DataShapes.singleColumn(
                    intent.dataset().location(), sample.table().header().get(0)));
        }
        StageResult report = Inspectors.of(intent.taskType()).inspect(sample, intent);
        if (report instanceof DataReport data) {
            CredentialsInData.refusal(data).ifPresent(reason -> {
                throw StageException.badInput(reason);
            });
        }
        return report;
    }
}
