package io.mltrainer.nlp;

import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.IntentSchema;

/** Core's {@link IntentSchema} port over {@link IntentJson} and {@link IntentValidation}. */
public final class IntentJsonSchema implements IntentSchema {

    @Override
    public String jsonSchema() {
        return "{\"type\":\"object\",\"required\":[\"task_type\"],\"properties\":{"
                + "\"task_type\":{\"enum\":[\"" + TaskType.allIds().replace(", ", "\",\"") + "\"]},"
                + "\"dataset\":{\"type\":\"object\",\"properties\":{\"source\":{\"enum\":[\"local\",\"huggingface\","
                + "\"kaggle\",\"url\",\"attachment\"]},\"id\":{\"type\":\"string\"},\"url\":{\"type\":\"string\"},"
                + "\"path\":{\"type\":\"string\"},\"target\":{\"type\":\"string\"}}},"
                + "\"runtime\":{\"type\":\"object\",\"properties\":{\"kind\":{\"enum\":[\"local\",\"kaggle\",\"modal\"]},"
                + "\"accelerator\":{\"type\":\"string\"}}},"
                + "\"hyperparameters\":{\"type\":\"object\",\"properties\":{\"epochs\":{\"type\":\"integer\"},"
                + "\"batch_size\":{\"type\":\"integer\"},\"learning_rate\":{\"type\":\"number\"},"
                + "\"max_steps\":{\"type\":\"integer\"}}},"
                + "\"fine_tuning\":{\"enum\":[\"full\",\"lora\",\"qlora\",null]},"
                + "\"precision\":{\"enum\":[\"fp32\",\"fp16\",\"bf16\",null]},"
                + "\"base_model\":{\"type\":[\"string\",\"null\"]},\"model_name\":{\"type\":[\"string\",\"null\"]}}}";
    }

    @Override
    public Validation validate(String json) {
        IntentValidation.Validation result = IntentValidation.validate(json);
        if (result instanceof IntentValidation.Valid valid) {
            return new Validation(valid.intent(), null);
        }
        return new Validation(null, ((IntentValidation.Invalid) result).problems());
    }
}
