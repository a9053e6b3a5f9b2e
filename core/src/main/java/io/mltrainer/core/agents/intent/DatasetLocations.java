package io.mltrainer.core.agents.intent;

import io.mltrainer.core.domain.DatasetSourceKind;
import java.util.regex.Pattern;

/** Tells from its shape where a dataset given as text lives. */
public final class DatasetLocations {
    private static final Pattern URL = Pattern.compile("(?i)^https?://\\S+$");
    private static final Pattern HUB_ID = Pattern.compile("^(hf://datasets/)?[A-Za-z0-9][\\w.-]*/[\\w.-]+$");
    private static final Pattern FILE = Pattern.compile("(?i).*\\.(csv|tsv|txt|json|jsonl|parquet|zip)$");

    private DatasetLocations() {}

    public static DatasetSourceKind classify(String location, String context) {
        String l = location.trim();
        if (URL.matcher(l).matches()) {
            return DatasetSourceKind.URL;
        }
        boolean pathLike = l.startsWith("/")
                || l.startsWith(".")
                || l.startsWith("~")
                || FILE.matcher(l).matches()
                || l.contains("\\");
        if (!pathLike && HUB_ID.matcher(l).matches()) {
            return context != null && context.toLowerCase(java.util.Locale.ROOT).contains("kaggle")
                    ? DatasetSourceKind.KAGGLE
                    : DatasetSourceKind.HUGGINGFACE;
        }
        return DatasetSourceKind.LOCAL;
    }
}
