package io.mltrainer.core.agents.codegen;

import io.mltrainer.core.domain.LlmProvider;
import io.mltrainer.core.port.out.llm.ChatCall;
import io.mltrainer.core.port.out.llm.ChatMessage;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import io.mltrainer.core.port.out.llm.ChatReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A model that rewrites the script it is shown, one rewrite per call (the last one repeats), and keeps the prompts. */
final class FakeChatModel implements ChatModelPort {
    private static final Pattern SCRIPT = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL);

    private final List<UnaryOperator<String>> rewrites;
    final List<String> prompts = new ArrayList<>();

    private FakeChatModel(List<UnaryOperator<String>> rewrites) {
        this.rewrites = rewrites;
    }

    /** Each call answers with the shown script rewritten by the next function. */
    static FakeChatModel thatRewrites(UnaryOperator<String> first) {
        return new FakeChatModel(List.of(first));
    }

    static FakeChatModel thatRewrites(UnaryOperator<String> first, UnaryOperator<String> second) {
        return new FakeChatModel(List.of(first, second));
    }

    static FakeChatModel thatAnswersUnchanged() {
        return new FakeChatModel(List.of(script -> null));
    }

    /** A rewrite that leaves the script unable to compile. */
    static String broken(String script) {
        return script + "\ndef adapted(:\n    pass\n";
    }

    /** A rewrite that adds a harmless line. */
    static String adapted(String script) {
        return script + "\n# adapted to the request\n";
    }

    @Override
    public Optional<ChatReply> chat(ChatCall call) {
        String prompt = ((ChatMessage.User) call.messages().get(call.messages().size() - 1)).text();
        prompts.add(prompt);
        Matcher script = SCRIPT.matcher(prompt);
        script.find();
        String rewritten =
                rewrites.get(Math.min(prompts.size(), rewrites.size()) - 1).apply(script.group(1));
        String answer = rewritten == null ? ScriptAdapter.UNCHANGED : "Here it is:\n```python\n" + rewritten + "```";
        return Optional.of(new ChatReply(answer, List.of(), LlmProvider.OLLAMA, "fake"));
    }
}
