package io.mltrainer.core.testing;

import io.mltrainer.core.port.out.IntentSchema;
import java.util.List;

/** Intent schemas for tests whose reader never gets a model's answer (no model: the offline parser reads). */
public final class IntentSchemas {
    private IntentSchemas() {}

    public static final IntentSchema UNUSED = new IntentSchema() {
        @Override
        public String jsonSchema() {
            return "{}";
        }

        @Override
        public Validation validate(String json) {
            return new Validation(null, List.of("unused"));
        }
    };
}
