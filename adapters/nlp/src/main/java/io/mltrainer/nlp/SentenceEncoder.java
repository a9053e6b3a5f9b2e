package io.mltrainer.nlp;

/** Turns a sentence into a unit-length vector, so that the dot product of two vectors is their cosine similarity. */
@FunctionalInterface
public interface SentenceEncoder {
    float[] encode(String sentence);
}
