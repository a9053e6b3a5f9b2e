package io.mltrainer.core.agents.codegen;

import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.RuntimeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the training code for a spec: {@code train.py} from its family's template, {@code requirements.txt}, and
 * for Modal the launcher {@code modal_app.py} that runs {@code train.py} on a GPU with a volume for its outputs.
 */
public final class TrainingCode {
    public static final String ENTRYPOINT = "train.py";
    public static final String MODAL_LAUNCHER = "modal_app.py";

    private final Templates templates;

    public TrainingCode(Templates templates) {
        this.templates = templates;
    }

    public List<GeneratedFile> render(TrainingSpec spec) {
        ScriptKind kind = ScriptKind.of(spec);
        Map<String, Object> model = ScriptModel.of(spec, kind);
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile(ENTRYPOINT, templates.render(kind.template(), model)));
        files.add(new GeneratedFile("requirements.txt", templates.render("requirements.txt", model)));
        if (spec.runtime() == RuntimeKind.MODAL) {
            files.add(new GeneratedFile(MODAL_LAUNCHER, templates.render("modal_app.py", model)));
        }
        return List.copyOf(files);
    }
}
