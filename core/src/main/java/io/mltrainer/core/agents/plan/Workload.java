package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.LengthStats;
import io.mltrainer.core.domain.TaskType;

/**
 * What one training example costs, read from the data report: the sequence length the model is given (tokens, from
 * the 95th percentile of word counts at about 1.3 tokens a word, rounded up to a power of two), the mean tokens
 * actually processed, or the image size; and the number of training examples.
 */
public record Workload(
        Integer maxLength,
        double meanTokens,
        Integer imageSize,
        long examples,
        String language,
        String targetLanguage) {
    static final double TOKENS_PER_WORD = 1.3;

    public int tokensPerExample() {
        return maxLength != null ? maxLength : (int) Math.round(meanTokens);
    }

    public static Workload of(TaskType type, DataReport report) {
        long examples = Math.max(1, Math.round(report.rows() * 0.8));
        DataDetails details = report.details();
        switch (type) {
            case IMAGE_CLASSIFICATION, IMAGE_REGRESSION:
                return new Workload(null, 197, 224, examples, null, null);
            case OBJECT_DETECTION:
                return new Workload(null, 800, 640, examples, null, null);
            default:
                break;
        }
        if (details instanceof DataDetails.Text t) {
            int cap = type == TaskType.TEXT_GENERATION ? 1024 : 512;
            return text(t.words(), 32, cap, examples, t.language());
        }
        if (details instanceof DataDetails.Tokens t) {
            int max = bucket(t.tokensPerRow().p95() * 1.5, 32, 512);
            return new Workload(max, Math.min(max, t.tokensPerRow().mean() * 1.5), null, examples, "en", null);
        }
        if (details instanceof DataDetails.Seq2Seq s) {
            int cap = type == TaskType.SUMMARIZATION ? 1024 : 256;
            int max = bucket(Math.max(s.sourceWords().p95(), s.targetWords().p95()) * TOKENS_PER_WORD, 64, cap);
            double mean = (s.sourceWords().mean() + s.targetWords().mean()) * TOKENS_PER_WORD;
            return new Workload(max, Math.min(2.0 * max, mean), null, examples, s.sourceLanguage(), s.targetLanguage());
        }
        if (details instanceof DataDetails.Instructions i) {
            return text(i.words(), 256, 2048, examples, i.language());
        }
        return new Workload(128, 64, null, examples, null, null);
    }

    private static Workload text(LengthStats words, int floor, int cap, long examples, String language) {
        int max = bucket(words.p95() * TOKENS_PER_WORD, floor, cap);
        return new Workload(max, Math.min(max, words.mean() * TOKENS_PER_WORD + 2), null, examples, language, null);
    }

    /** The next power of two, within bounds. */
    static int bucket(double tokens, int floor, int cap) {
        int size = floor;
        while (size < tokens && size < cap) {
            size *= 2;
        }
        return Math.min(size, cap);
    }

    public Workload withMaxLength(int value) {
        return new Workload(value, Math.min(meanTokens, value), imageSize, examples, language, targetLanguage);
    }
}
