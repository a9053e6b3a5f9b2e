package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.CheckedData;
import io.mltrainer.core.domain.ColumnProfile;
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
import java.util.List;

/**
 * For every task type: reads a sample of the data wherever it lives, once per build, and profiles its columns once;
 * for a local table whose target and task the intent stage left to the data, checks the words against it
 * ({@link TableAgreement}); then the task's inspector checks it before any compute and describes it (a
 * {@code DataReport} with the modality's details). Every later stage works from the report in the context.
 */
public final class DatasetAgent implements StageAgent {
    static final int TABLE_ROWS = 200_000;
    static final int SAMPLE_ROWS = 5_000;

    private final DatasetSource source;
    private final LocalDataPolicy policy;
    private final ColumnProfiler profiler;

    public DatasetAgent(DatasetSource source) {
        this(source, LocalDataPolicy.UNRESTRICTED);
    }

    public DatasetAgent(DatasetSource source, LocalDataPolicy policy) {
        this(source, policy, DataProfiler::profile);
    }

    public DatasetAgent(DatasetSource source, LocalDataPolicy policy, ColumnProfiler profiler) {
        this.source = source;
        this.policy = policy;
        this.profiler = profiler;
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

    /** As many rows as the task learns from: a table's classes and numbers more than a sample of anything else. */
    private static int rows(ParsedIntent intent) {
        TaskType type = intent.taskType();
        boolean table = intent.unconfirmed() != null && type != TaskType.TIME_SERIES_FORECASTING;
        return table || type.isTabular() || type == TaskType.CLUSTERING ? TABLE_ROWS : SAMPLE_ROWS;
    }

    @Override
    public StageResult run(StageInput input) {
        ParsedIntent words = input.context().require(ParsedIntent.class);
        BuildRequest request = input.context().request();
        Credentials credentials =
                request.intake() == null ? Credentials.NONE : request.intake().credentials();
        if (words.dataset() != null && words.dataset().source().isLocal()) {
            policy.refusal(input.thread(), words.dataset().location()).ifPresent(reason -> {
                throw StageException.badInput(reason);
            });
        }
        boolean chat = input.thread() != null && !input.thread().isTerminal();
        DatasetSample sample = source.inspect(
                new DatasetQuery(words.dataset(), input.owner(), credentials, rows(words), input.cancellation(), chat));
        List<String> header = sample.table().header();
        CredentialsInData.refusal(header).ifPresent(reason -> {
            throw StageException.badInput(reason);
        });
        List<ColumnProfile> columns = header.isEmpty() ? List.of() : profiler.profile(sample.table());
        ParsedIntent intent = words.unconfirmed() == null
                ? words
                : TableAgreement.settle(
                        words, request, sample.table(), columns, sample.source().location());
        Inspectors.checkNamedColumns(sample, intent.dataset());
        if (needsColumns(intent.taskType()) && header.size() == 1) {
            throw StageException.badInput(
                    DataShapes.singleColumn(intent.dataset().location(), header.get(0)));
        }
        DataReport report = Inspectors.of(intent.taskType()).inspect(sample, columns, intent);
        CredentialsInData.refusal(report).ifPresent(reason -> {
            throw StageException.badInput(reason);
        });
        return words.unconfirmed() == null ? report : new CheckedData(intent, report);
    }
}
