package io.mltrainer.core.agents.intent;

import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.OwnerModel;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.IntentParser;
import io.mltrainer.core.port.out.IntentSchema;
import io.mltrainer.core.port.out.llm.ChatCall;
import io.mltrainer.core.port.out.llm.ChatMessage;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import io.mltrainer.core.port.out.llm.ChatReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a request with a language model that must answer JSON of the {@link IntentSchema}. An invalid answer fails
 * the attempt (retriable) with the exact problems, which the orchestrator hands to the next attempt and this reader
 * shows the model; after a second invalid answer, or when no model is available, the offline parser reads it.
 */
public final class ModelIntentReader {
    private final ChatModelPort model;
    private final IntentSchema schema;
    private final IntentParser offline;

    public ModelIntentReader(ChatModelPort model, IntentSchema schema, IntentParser offline) {
        this.model = model;
        this.schema = schema;
        this.offline = offline;
    }

    public Optional<ParsedIntent> read(String owner, JobId jobId, String request, Failure previous, OwnerModel own) {
        boolean secondInvalid = previous != null && previous.kind() == FailureKind.INVALID_OUTPUT;
        if (secondInvalid && previous.attempts() >= 2) {
            return offline.parse(request);
        }
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(new ChatMessage.System("You turn a request for a machine-learning model into JSON that follows"
                + " this schema exactly. Answer with the JSON object only. Credentials appear as references like"
                + " secret:hf_token:ab12cd; copy references, never invent values.\nSchema: " + schema.jsonSchema()));
        messages.add(new ChatMessage.User(request));
        if (secondInvalid) {
            messages.add(new ChatMessage.User(
                    "Your previous answer was invalid: " + previous.reason() + ". Answer again with corrected JSON."));
        }
        Optional<ChatReply> reply = model.chat(new ChatCall(owner, jobId, messages, List.of(), true, own));
        if (reply.isEmpty()) {
            return offline.parse(request);
        }
        IntentSchema.Validation validation =
                schema.validate(stripFences(reply.get().text()));
        if (!validation.valid()) {
            throw StageException.invalidOutput(String.join("; ", validation.problems()));
        }
        return Optional.of(validation.intent());
    }

    /** Models like to wrap JSON in Markdown fences. */
    static String stripFences(String text) {
        String t = text.strip();
        if (t.startsWith("```")) {
            int firstNewline = t.indexOf('\n');
            int lastFence = t.lastIndexOf("```");
            if (firstNewline > 0 && lastFence > firstNewline) {
                return t.substring(firstNewline + 1, lastFence).strip();
            }
        }
        return t;
    }
}
