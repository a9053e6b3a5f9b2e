package io.mltrainer.core.agents.tabular;

import io.mltrainer.core.codegen.PythonLiterals;
import io.mltrainer.core.codegen.Templates;
import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingConfig;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageException;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.ScriptChecker;
import io.mltrainer.core.port.Workspace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code train.py} and {@code requirements.txt} from the plan with the tabular template, writes them to the
 * build's code directory and checks them before anything runs them. A failed check is retriable: the next
 * attempt gets the problems as its previous failure.
 */
public final class CodegenAgent implements StageAgent {
    private final Templates templates;
    private final Workspace workspace;
    private final ScriptChecker checker;

    public CodegenAgent(Templates templates, Workspace workspace, ScriptChecker checker) {
        this.templates = templates;
        this.workspace = workspace;
        this.checker = checker;
    }

    @Override
    public Stage stage() {
        return Stage.CODEGEN;
    }

    @Override
    public boolean supports(TaskType type) {
        return type != null && type.isTabular();
    }

    @Override
    public StageResult run(StageInput input) {
        Map<String, Object> model = model(input);
        List<GeneratedFile> files = List.of(
                new GeneratedFile("train.py", templates.render("tabular/train.py", model)),
                new GeneratedFile("requirements.txt", templates.render("tabular/requirements.txt", model)));
        String directory = workspace.writeCode(input.jobId(), files);
        GeneratedCode code = new GeneratedCode(directory, "train.py", files);
        List<String> problems = checker.check(code);
        if (!problems.isEmpty()) {
            throw StageException.invalidOutput(
                    "the generated train.py failed its check: " + String.join("; ", problems));
        }
        return code;
    }

    /** The template's variables (see the template's header for their meaning); every value is a Python literal. */
    private static Map<String, Object> model(StageInput input) {
        var context = input.context();
        DataReport report = context.require(DataReport.class);
        PreprocessPlan plan = context.require(PreprocessPlan.class);
        TrainingConfig config = context.require(TrainingConfig.class);
        ArchitectureSpec architecture = context.require(ArchitectureSpec.class);
        boolean classification = context.taskType().orElseThrow() == TaskType.TABULAR_CLASSIFICATION;
        Map<String, Object> model = new HashMap<>();
        model.put("task", PythonLiterals.string(classification ? "classification" : "regression"));
        model.put("target", PythonLiterals.string(report.target()));
        model.put("dataset_path", PythonLiterals.string(report.path()));
        model.put("numeric_columns", names(plan.numeric()));
        model.put("categorical_columns", names(plan.categorical()));
        model.put("date_columns", names(plan.dates()));
        model.put(
                "dropped_columns",
                names(plan.dropped().stream().map(d -> d.name()).toList()));
        model.put("seed", Long.toString(plan.seed()));
        model.put("test_size", PythonLiterals.number(plan.testSize()));
        model.put("cv_folds", Integer.toString(config.cvFolds()));
        model.put("primary_metric", PythonLiterals.string(config.primaryMetric()));
        model.put(
                "candidates",
                architecture.candidates().stream().map(CodegenAgent::candidate).toList());
        return model;
    }

    private static List<Map<String, String>> names(List<String> columns) {
        return columns.stream()
                .map(c -> Map.of("name", PythonLiterals.string(c)))
                .toList();
    }

    private static Map<String, String> candidate(ModelCandidate candidate) {
        return Map.of(
                "kind", PythonLiterals.string(candidate.kind()), "params", PythonLiterals.dict(candidate.params()));
    }
}
