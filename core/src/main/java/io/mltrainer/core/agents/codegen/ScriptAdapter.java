package io.mltrainer.core.agents.codegen;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.OwnerModel;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.llm.ChatCall;
import io.mltrainer.core.port.out.llm.ChatMessage;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets a language model adapt the rendered {@code train.py} to what the request asks beyond the plan (a model
 * setting, an extra step). The model answers {@code UNCHANGED} when the script already does what was asked; offline,
 * or when it answers no code, the template's script stands. On a retry it sees why its last version failed.
 */
final class ScriptAdapter {
    static final String UNCHANGED = "UNCHANGED";
    private static final Pattern CODE_BLOCK = Pattern.compile("```(?:python|py)?\\s*\\n(.*?)```", Pattern.DOTALL);
    private static final String INSTRUCTIONS = """
            You adapt a generated machine-learning training script to the user's request. The script already \
            implements the plan; change it only for what the request asks and the script does not do yet. Keep: \
            the command line (build_arg_parser: --data, --out, --smoke, and main(argv=None, on_checkpoint=None)), \
            the MLTRAINER progress lines (emit, progress), the metric names in lower snake case, write_results and \
            the saved model's format and file names. Use only the libraries the script already imports. \
            If nothing needs to change, answer exactly UNCHANGED. Otherwise answer with the complete new script \
            in one ```python block and nothing else.""";

    private final ChatModelPort llm;

    ScriptAdapter(ChatModelPort llm) {
        this.llm = llm;
    }

    /** The adapted script, or empty when the template's script stands. */
    Optional<String> adapt(StageInput input, TrainingSpec spec, String script) {
        BuildRequest request = input.context().request();
        OwnerModel own =
                request.intake() == null ? null : request.intake().credentials().ownerModel();
        List<ChatMessage> messages = List.of(
                new ChatMessage.System(INSTRUCTIONS),
                new ChatMessage.User(prompt(request.text(), spec, script, input.previous())));
        return llm.chat(new ChatCall(input.owner(), input.jobId(), messages, List.of(), false, own))
                .flatMap(reply -> code(reply.text()));
    }

    private static String prompt(String request, TrainingSpec spec, String script, Optional<Failure> previous) {
        StringBuilder text = new StringBuilder()
                .append("Request: ")
                .append(request)
                .append("\nTask: ")
                .append(spec.task().id())
                .append(", runtime: ")
                .append(spec.runtime().id())
                .append(", library: ")
                .append(spec.model().library())
                .append('\n');
        previous.ifPresent(f -> text.append("Your previous version of the script failed its check: ")
                .append(f.reason())
                .append("\nAvoid that mistake this time.\n"));
        return text.append("\ntrain.py:\n```python\n")
                .append(script)
                .append("```\n")
                .toString();
    }

    static Optional<String> code(String answer) {
        if (answer.strip().startsWith(UNCHANGED)) {
            return Optional.empty();
        }
        Matcher block = CODE_BLOCK.matcher(answer);
        return block.find() ? Optional.of(block.group(1)) : Optional.empty();
    }
}
