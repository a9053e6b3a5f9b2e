package io.mltrainer.core.agents.deploy;

import static io.mltrainer.core.codegen.PythonLiterals.bool;
import static io.mltrainer.core.codegen.PythonLiterals.string;

import io.mltrainer.core.codegen.PythonLiterals;
import io.mltrainer.core.codegen.PythonPackage;
import io.mltrainer.core.codegen.ScriptKind;
import io.mltrainer.core.codegen.ScriptModel;
import io.mltrainer.core.codegen.Templates;
import io.mltrainer.core.codegen.TrainingSpec;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.TaskType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo of a published model, as a Gradio Space in {@code space/}: {@code app.py} (the task's natural input and
 * output; it loads the model from the folder above it, or from {@code MODEL_ID}), its {@code requirements.txt} and
 * the Space's {@code README.md}.
 */
final class DemoSpace {
    static final String GRADIO_VERSION = "5.9.1";

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
        model.put("description", string(intent.description().replace("\n", " ")));
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
        model.put("task_" + spec.task().id(), true);
        List<PythonPackage> packages = new ArrayList<>(publication.appPackages());
        packages.add(PythonPackage.GRADIO);
        model.put(
                "packages",
                packages.stream()
                        .map(p -> Map.of("requirement_line", p.requirement()))
                        .toList());
        return model;
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
