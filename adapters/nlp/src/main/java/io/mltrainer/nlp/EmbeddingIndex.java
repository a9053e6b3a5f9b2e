package io.mltrainer.nlp;

import io.mltrainer.core.domain.TaskType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The example requests as vectors, and how close a request is to each task type: the mean cosine similarity of its
 * {@code k} nearest examples of that type. Several neighbours, not the single nearest, so that one oddly similar
 * example does not decide; not the centroid, because the examples of one type are spread (a German and an English
 * phrasing of the same task are far apart in this English model).
 */
final class EmbeddingIndex {
    private static final int K = 3;

    private final SentenceEncoder encoder;
    private final List<TaskExamples.Example> examples;
    private final List<float[]> vectors;

    private EmbeddingIndex(SentenceEncoder encoder, List<TaskExamples.Example> examples, List<float[]> vectors) {
        this.encoder = encoder;
        this.examples = examples;
        this.vectors = vectors;
    }

    static EmbeddingIndex of(SentenceEncoder encoder, TaskExamples examples) {
        List<float[]> vectors =
                examples.examples().stream().map(e -> encoder.encode(e.text())).toList();
        return new EmbeddingIndex(encoder, examples.examples(), vectors);
    }

    /** Per task type, the mean similarity of the request to its nearest examples of that type. */
    Map<TaskType, Double> similarities(String request) {
        float[] query = encoder.encode(request);
        Map<TaskType, TopK> best = new EnumMap<>(TaskType.class);
        for (int i = 0; i < vectors.size(); i++) {
            best.computeIfAbsent(examples.get(i).type(), t -> new TopK(K)).offer(Vectors.dot(query, vectors.get(i)));
        }
        Map<TaskType, Double> out = new EnumMap<>(TaskType.class);
        best.forEach((type, top) -> out.put(type, top.mean()));
        return out;
    }

    /** The k largest values seen. */
    private static final class TopK {
        private final double[] values;
        private int size;

        TopK(int k) {
            values = new double[k];
        }

        void offer(double value) {
            if (size < values.length) {
                values[size++] = value;
                return;
            }
            int min = 0;
            for (int i = 1; i < size; i++) {
                if (values[i] < values[min]) {
                    min = i;
                }
            }
            if (value > values[min]) {
                values[min] = value;
            }
        }

        double mean() {
            double sum = 0;
            for (int i = 0; i < size; i++) {
                sum += values[i];
            }
            return size == 0 ? 0 : sum / size;
        }
    }
}
