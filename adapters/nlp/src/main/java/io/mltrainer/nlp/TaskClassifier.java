package io.mltrainer.nlp;

import io.mltrainer.core.domain.TaskType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the task type of a request: embedding similarity to example requests, plus the weight of decisive and
 * hinting words, minus a penalty for types whose necessary words are missing ({@link TaskWords}). The examples are
 * embedded once, on the first request.
 */
public final class TaskClassifier {
    /** A cue at least this heavy tells the type; a lighter one only hints. */
    static final double STRONG = 0.35;
    /** Below this similarity, with no telling word either, a request is unlike every task ("hello"). */
    static final double UNRELATED = 0.30;
    /** With a hint ("whether", a question), this much similarity is enough. */
    static final double HINTED = 0.25;
    /** How far above the average of all types the closest must be, when no word says anything. */
    static final double DISTINCT = 0.12;
    /** Without a telling word, a similarity this low is a guess to confirm. */
    static final double WEAK_SIMILARITY = 0.38;
    /** A lead this small over the runner-up is a guess to confirm, whatever the words. */
    static final double CLOSE_CALL = 0.05;

    private static final Lazy<TaskClassifier> SHARED =
            new Lazy<>(() -> new TaskClassifier(MiniLmEncoder.shared(), TaskExamples.bundled()));

    private final Lazy<EmbeddingIndex> index;
    private final TaskWords words = TaskWords.bundled();

    public TaskClassifier(SentenceEncoder encoder, TaskExamples examples) {
        this.index = new Lazy<>(() -> EmbeddingIndex.of(encoder, examples));
    }

    /** The classifier on all-MiniLM-L6-v2 and the bundled examples, one per JVM. */
    public static TaskClassifier shared() {
        return SHARED.get();
    }

    /** Embeds the examples now rather than on the first request (e.g. while a chat greets the user). */
    public TaskClassifier warmUp() {
        index.get();
        return this;
    }

    public TaskGuess classify(String request) {
        Map<TaskType, Double> similarity = index.get().similarities(request);
        List<TaskWords.Cue> matched = words.matching(request);
        Map<TaskType, Double> adjustment = words.adjustments(matched);
        Map<TaskType, Double> score = new EnumMap<>(TaskType.class);
        similarity.forEach((type, s) -> score.put(type, s + adjustment.getOrDefault(type, 0.0)));
        List<TaskType> ranked = new ArrayList<>(score.keySet());
        ranked.sort(Comparator.comparing(score::get).reversed());
        TaskType best = ranked.get(0);
        TaskType second = ranked.get(1);
        double margin = score.get(best) - score.get(second);
        boolean told =
                matched.stream().anyMatch(c -> c.weight() >= STRONG && c.types().contains(best));
        boolean uncertain = margin < CLOSE_CALL || !told && similarity.get(best) < WEAK_SIMILARITY;
        List<TaskWords.Cue> scoring =
                matched.stream().filter(c -> c.weight() > 0).toList();
        return new TaskGuess(
                best,
                score.get(best),
                similarity.get(best),
                second,
                margin,
                scoring.stream().map(TaskWords.Cue::name).toList(),
                uncertain,
                pointsToATask(matched, scoring, similarity));
    }

    /**
     * Whether anything in the request asks for a model: a telling word (a mere hint such as a question mark does not
     * count), a word such as "train" or "predict", or an example that is clearly closer than the others. All-MiniLM
     * reads other languages mostly by their look, so small talk in Spanish is as close to the Spanish examples as a
     * real request: closeness counts only when it stands out from the average.
     */
    private static boolean pointsToATask(
            List<TaskWords.Cue> matched, List<TaskWords.Cue> scoring, Map<TaskType, Double> similarity) {
        boolean asks =
                matched.stream().anyMatch(c -> c.weight() >= STRONG || c.name().equals(TaskWords.ASKS_FOR_A_MODEL));
        if (asks) {
            return true;
        }
        double closest = similarity.values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        double average = similarity.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        return !scoring.isEmpty() && closest >= HINTED || closest >= UNRELATED && closest - average >= DISTINCT;
    }
}
