package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.ParsedIntent;
import java.util.List;

/** The JSON a model must answer with when it reads a request, and the check of an answer against it. */
public interface IntentSchema {
    /** A JSON schema of the answer, shown to the model. */
    String jsonSchema();

    /** The intent, or the exact problems of the answer (shown to the model on the next attempt). */
    Validation validate(String json);

    record Validation(ParsedIntent intent, List<String> problems) {
        public Validation {
            problems = problems == null ? List.of() : List.copyOf(problems);
            if ((intent == null) == problems.isEmpty()) {
                throw new IllegalArgumentException("a validation has an intent or problems, not both");
            }
        }

        public boolean valid() {
            return intent != null;
        }
    }
}
