package io.mltrainer.core.agents.intent;

import io.mltrainer.core.domain.TaskType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the words of a request say about a tabular build: the data file, the kind of task, the target. */
public final class RequestRules {
    private static final Pattern DATA_FILE = Pattern.compile(
            "(?<![\\w@])((?:~|\\.{1,2})?[\\w./\\\\:~-]*[\\w-]+\\.(?:csv|tsv|txt))(?![\\w])", Pattern.CASE_INSENSITIVE);
    private static final Pattern REGRESSION = Pattern.compile(
            "(?i)\\b(regress\\w*|how much|how many|price|cost|amount|value of|estimate|quantity|progression|score of"
                    + "|continuous|numeric (?:value|target))\\b");
    private static final Pattern CLASSIFICATION = Pattern.compile(
            "(?i)\\b(classif\\w*|categori[sz]\\w*|which (?:class|category|kind|type)|species|label\\w*|whether"
                    + "|is it|spam|churn|fraud|yes or no|binary|class(?:es)?|kind of|type of|cultivar)\\b");
    private static final Pattern SAYS_REGRESSION = Pattern.compile("(?i)\\bregress\\w*");
    private static final Pattern SAYS_CLASSIFICATION = Pattern.compile("(?i)\\b(classif\\w*|categori[sz]\\w*)");
    private static final Pattern CLUSTERING = Pattern.compile("(?i)\\b(cluster\\w*|segment\\w*|group similar|groupings"
            + "|natural groups|group (?:them|together|into)|without (?:using )?(?:the |any )?labels?|unsupervised)\\b");
    private static final Pattern FORECAST = Pattern.compile("(?i)\\b(forecast\\w*|next (?:month|week|year|day)s?)\\b");
    private static final Pattern TARGET_HINT = Pattern.compile(
            "(?i)\\b(?:predict(?:s|ing)?|target(?: column)?(?: is)?|estimate|classify|forecast|column)\\s+(?:the\\s+)?"
                    + "[`'\"]?([\\w ()/.-]+?)[`'\"]?(?=\\s+(?:of|from|for|in|using|with|based|on|given)\\b|[,.;]|$)");

    private RequestRules() {}

    public static Optional<String> dataFile(String text) {
        Matcher m = DATA_FILE.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The task the words ask for, if they decide it; a tabular request without such words is decided by data. */
    public static Optional<TaskType> taskFromWords(String text) {
        if (CLUSTERING.matcher(text).find()) {
            return Optional.of(TaskType.CLUSTERING);
        }
        if (FORECAST.matcher(text).find()) {
            return Optional.of(TaskType.TIME_SERIES_FORECASTING);
        }
        // The technical words decide when they are said; otherwise hints ("price", "species") do.
        boolean saysRegression = SAYS_REGRESSION.matcher(text).find();
        boolean saysClassification = SAYS_CLASSIFICATION.matcher(text).find();
        if (saysRegression != saysClassification) {
            return Optional.of(saysRegression ? TaskType.TABULAR_REGRESSION : TaskType.TABULAR_CLASSIFICATION);
        }
        boolean regression = REGRESSION.matcher(text).find();
        boolean classification = CLASSIFICATION.matcher(text).find();
        if (regression && !classification) {
            return Optional.of(TaskType.TABULAR_REGRESSION);
        }
        if (classification && !regression) {
            return Optional.of(TaskType.TABULAR_CLASSIFICATION);
        }
        return Optional.empty();
    }

    /**
     * The columns the request names, best match first: a column after "predict"/"target" comes before one merely
     * mentioned; longer names before shorter (so "petal width" beats "width").
     */
    public static List<String> mentionedColumns(String text, List<String> columns) {
        String lower = text.toLowerCase(Locale.ROOT);
        Optional<String> hinted = hintedTarget(text).map(h -> h.toLowerCase(Locale.ROOT));
        List<String> found = new ArrayList<>();
        for (String column : columns) {
            String name = column.toLowerCase(Locale.ROOT);
            if (name.isBlank()) {
                continue;
            }
            Pattern word = Pattern.compile("(?<![\\w])" + Pattern.quote(name) + "(?![\\w])");
            boolean inHint = hinted.map(h -> word.matcher(h).find()).orElse(false);
            if (inHint || word.matcher(lower).find()) {
                found.add(column);
            }
        }
        found.sort(Comparator.<String, Boolean>comparing(c ->
                        !hinted.map(h -> h.contains(c.toLowerCase(Locale.ROOT))).orElse(false))
                .thenComparing(c -> -c.length()));
        return found;
    }

    static Optional<String> hintedTarget(String text) {
        Matcher m = TARGET_HINT.matcher(text);
        return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    /** The name of a model nobody named: the data file's stem, and the target's name when there is one. */
    public static String modelName(String path, String target) {
        String file = path.replace('\\', '/');
        String stem = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
        return slug(target == null ? stem : stem + "-" + target);
    }

    /** A registry-safe name: lower case letters, digits and dashes. */
    public static String slug(String text) {
        String slug =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "model" : slug;
    }
}
