package io.mltrainer.nlp;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, 384 dimensions) from the LangChain4j artifact, running in process. Loading the
 * model takes a good part of a second and ~100 MB, so one instance per JVM is shared, created on first use.
 */
public final class MiniLmEncoder implements SentenceEncoder {
    private static final MiniLmEncoder INSTANCE = new MiniLmEncoder();

    private MiniLmEncoder() {}

    public static MiniLmEncoder shared() {
        return INSTANCE;
    }

    @Override
    public float[] encode(String sentence) {
        return Vectors.unit(Model.INSTANCE.embed(sentence).content().vector());
    }

    /** Initialisation-on-demand holder: the JVM loads the model once, thread-safely, when it is first needed. */
    private static final class Model {
        // No thread pool: requests are embedded one sentence at a time, and a command must exit as soon as it is done.
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }
}
