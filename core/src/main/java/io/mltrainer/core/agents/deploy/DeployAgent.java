package io.mltrainer.core.agents.deploy;

import io.mltrainer.core.agents.codegen.ScriptKind;
import io.mltrainer.core.agents.codegen.Templates;
import io.mltrainer.core.agents.codegen.TrainingSpec;
import io.mltrainer.core.agents.codegen.TrainingSpecs;
import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.Deployment;
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
import io.mltrainer.core.port.out.CurveRenderer;
import io.mltrainer.core.port.out.HubRelease;
import io.mltrainer.core.port.out.ModelHub;
import io.mltrainer.core.port.out.ModelPackage;
import io.mltrainer.core.port.out.ModelRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes a trained model of any task type, laid out as its Hub repository: the model in its library's format,
 * mltrainer's config, a model card with Hugging Face front matter ({@code model-index}, {@code pipeline_tag},
 * {@code library_name}), a Gradio demo for a Space in {@code space/}, and the code that trained it. Nothing
 * time-dependent is written, so deploying twice gives the same files. A build deploys to the Hub when it was asked
 * to, or when its owner gave a Hub token and did not ask to keep it local ({@link HubPlan}): the registry folder is
 * then published as the Hub repository, its {@code space/} as the demo Space.
 */
public final class DeployAgent implements StageAgent {
    private final Templates templates;
    private final ModelRegistry registry;
    private final ModelHub hub;

    public DeployAgent(Templates templates, ModelRegistry registry) {
        this(templates, registry, ModelHub.NONE);
    }

    public DeployAgent(Templates templates, ModelRegistry registry, ModelHub hub) {
        this.templates = templates;
        this.registry = registry;
        this.hub = hub;
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
        Credentials credentials = context.request().intake() == null
                ? Credentials.NONE
                : context.request().intake().credentials();
        HubPlan plan = HubPlan.of(intent, context.request());
        String namespace = plan.toHub()
                ? hub.namespace(input.owner(), credentials, plan.where().namespace())
                : null;
        if (plan.mustAskForSpaceToken(input.thread())) {
            throw HubPlan.spaceTokenQuestion(namespace + "/" + plan.name(intent));
        }
        String repoId = plan.toHub() ? namespace + "/" + plan.name(intent) : input.owner() + "/" + intent.modelName();
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile(publication.configFile(), DeployConfig.json(context, spec, kind, publication)));
        files.add(new GeneratedFile(
                "README.md", templates.render("card/README.md", ModelCard.model(context, spec, kind, publication))));
        files.addAll(DemoSpace.files(templates, intent, spec, kind, publication, repoId));
        files.addAll(context.require(GeneratedCode.class).files());
        Deployment local = registry.publish(new ModelPackage(
                input.owner(),
                intent.modelName(),
                files,
                run.outputDir(),
                artifacts(publication, run),
                publication.modelFolder()));
        if (!plan.toHub()) {
            return local;
        }
        // The registry folder is the repository: a failed push leaves it (and the trained model) for resume.
        return hub.publish(new HubRelease(
                input.jobId(),
                input.owner(),
                credentials,
                namespace,
                plan.name(intent),
                plan.isPrivate(),
                plan.space(),
                plan.spaceToken(),
                Path.of(local.location())));
    }
}
