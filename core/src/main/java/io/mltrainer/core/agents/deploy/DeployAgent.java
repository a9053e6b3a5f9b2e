package io.mltrainer.core.agents.deploy;

import io.mltrainer.core.codegen.ScriptKind;
import io.mltrainer.core.codegen.Templates;
import io.mltrainer.core.codegen.TrainingSpec;
import io.mltrainer.core.codegen.TrainingSpecs;
import io.mltrainer.core.domain.ExecutionPlan;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.CurveRenderer;
import io.mltrainer.core.port.ModelPackage;
import io.mltrainer.core.port.ModelRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes a trained model of any task type, laid out as its Hub repository: the model in its library's format,
 * mltrainer's config, a model card with Hugging Face front matter ({@code model-index}, {@code pipeline_tag},
 * {@code library_name}), a Gradio demo for a Space in {@code space/}, and the code that trained it. Nothing
 * time-dependent is written, so deploying twice gives the same files.
 */
public final class DeployAgent implements StageAgent {
    private final Templates templates;
    private final ModelRegistry registry;

    public DeployAgent(Templates templates, ModelRegistry registry) {
        this.templates = templates;
        this.registry = registry;
    }

    @Override
    public Stage stage() {
        return Stage.DEPLOY;
    }

    @Override
    public boolean supports(TaskType type) {
        return type != null && ExecutionPlan.forType(type).includes(Stage.DEPLOY);
    }

    /** The run's files to publish, with its training curve when one was drawn. */
    private static List<String> artifacts(Publication publication, TrainingRun run) {
        List<String> artifacts = new ArrayList<>(publication.artifacts());
        if (Files.exists(Path.of(run.outputDir(), CurveRenderer.FILE_NAME))) {
            artifacts.add(CurveRenderer.FILE_NAME);
        }
        return artifacts;
    }

    @Override
    public StageResult run(StageInput input) {
        JobContext context = input.context();
        ParsedIntent intent = context.require(ParsedIntent.class);
        TrainingRun run = context.require(TrainingRun.class);
        TrainingSpec spec = TrainingSpecs.from(context);
        ScriptKind kind = ScriptKind.of(spec);
        Publication publication = Publication.of(spec, kind);
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile(publication.configFile(), DeployConfig.json(context, spec, kind, publication)));
        files.add(new GeneratedFile(
                "README.md", templates.render("card/README.md", ModelCard.model(context, spec, kind, publication))));
        files.addAll(
                DemoSpace.files(templates, intent, spec, kind, publication, input.owner() + "/" + intent.modelName()));
        files.addAll(context.require(GeneratedCode.class).files());
        return registry.publish(new ModelPackage(
                input.owner(),
                intent.modelName(),
                files,
                run.outputDir(),
                artifacts(publication, run),
                publication.modelFolder()));
    }
}
