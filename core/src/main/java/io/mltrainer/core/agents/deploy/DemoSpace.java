package io.mltrainer.core.agents.deploy;

import static io.mltrainer.core.agents.codegen.PythonLiterals.bool;
import static io.mltrainer.core.agents.codegen.PythonLiterals.string;

import io.mltrainer.core.agents.codegen.PythonLiterals;
import io.mltrainer.core.agents.codegen.PythonPackage;
import io.mltrainer.core.agents.codegen.ScriptKind;
import io.mltrainer.core.agents.codegen.ScriptModel;
import io.mltrainer.core.agents.codegen.Templates;
import io.mltrainer.core.agents.codegen.TrainingSpec;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.TaskType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The demo of a published model, as a Gradio Space in {@code space/}: {@code app.py} (the task's natural input and
 * output; it loads the model from the folder above it, or from {@code MODEL_ID}), its {@code requirements.txt} and
 * the Space's {@code README.md}.
 */
final class DemoSpace {
    /** The Space's {@code sdk_version}; the app's requirements pin the same. */
    static final String GRADIO_VERSION = "5.9.1";

    private static final Pattern LOWER_BOUND = Pattern.compile(">=(\\d+)");

    private DemoSpace() {}

    static List<GeneratedFile> files(
            Templates templates,
            ParsedIntent intent,
            TrainingSpec spec,
            ScriptKind kind,
            Publication publication,
            String repoId) {
        Map<String, Object> model = model(intent, spec, kind, publication, repoId);
        return List.of(
                new GeneratedFile("space/app.py", templates.render(publication.app(), model)),
                new GeneratedFile("space/requirements.txt", templates.render("requirements.txt", model)),
                new GeneratedFile("space/README.md", templates.render("space/README.md", model)));
    }

    private static Map<String, Object> model(
            ParsedIntent intent, TrainingSpec spec, ScriptKind kind, Publication publication, String repoId) {
        TrainingSpec.Columns columns = spec.columns();
        Map<String, Object> model = new HashMap<>();
        model.put("name", intent.modelName());
        model.put("repo_id_raw", repoId);
        model.put("repo_id", string(repoId));
        model.put("title", string(intent.modelName()));
        // Gradio renders the description as markdown with HTML: the request is shown as typed, never run.
        model.put("description", string(MarkdownText.escape(intent.description())));
        model.put("config_file", string(publication.configFile()));
        model.put("gradio_version", GRADIO_VERSION);
        boolean regression = spec.task() == TaskType.TABULAR_REGRESSION || spec.task() == TaskType.IMAGE_REGRESSION;
        model.put("classification", bool(!regression));
        String label = columns.label() != null ? columns.label() : columns.target();
        model.put("target", string(label == null ? "prediction" : label));
        List<String> inputs = Stream.of(columns.numeric(), columns.categorical(), columns.dates())
                .flatMap(List::stream)
                .toList();
        model.put("input_columns", PythonLiterals.list(inputs));
        model.put("numeric_columns", PythonLiterals.list(columns.numeric()));
        List<String> texts = new ArrayList<>();
        if (columns.text() != null) {
            texts.add(columns.text());
        }
        if (columns.textPair() != null) {
            texts.add(columns.textPair());
        }
        model.put("text_columns", PythonLiterals.list(texts));
        model.put("image_size", Integer.toString(ScriptModel.imageSize(spec, kind)));
        model.put(
                "horizon",
                Integer.toString(
                        spec.training().horizon() == null ? 12 : spec.training().horizon()));
        model.put("adapters", bool(spec.training().fineTuning() != FineTuning.FULL));
        model.put("pipeline_task", string(pipelineTask(spec.task())));
        // Every task has its key (templates render strictly): this build's is on, the others off.
        for (io.mltrainer.core.domain.TaskType task : io.mltrainer.core.domain.TaskType.values()) {
            model.put("task_" + task.id(), task == spec.task());
        }
        List<String> lines = new ArrayList<>(
                publication.appPackages().stream().map(DemoSpace::bounded).toList());
        lines.add(PythonPackage.GRADIO.pipName() + "==" + GRADIO_VERSION);
        model.put(
                "packages",
                lines.stream().map(line -> Map.of("requirement_line", line)).toList());
        return model;
    }

    /**
     * A requirement with an upper bound, so that a Space rebuilt next year installs what the app was written for:
     * below the next major version of its lower bound unless it names its own.
     */
    static String bounded(PythonPackage p) {
        String line = p.requirement();
        if (line.contains("<") || line.contains("==")) {
            return line;
        }
        Matcher lower = LOWER_BOUND.matcher(line);
        return lower.find() ? line + ",<" + (Integer.parseInt(lower.group(1)) + 1) : line;
    }

    /** The transformers pipeline that serves the task. */
    private static String pipelineTask(TaskType task) {
        return switch (task) {
            case IMAGE_REGRESSION -> "image-classification";
            case LLM_FINETUNING -> "text-generation";
            default -> task.id().replace('_', '-');
        };
    }
}
