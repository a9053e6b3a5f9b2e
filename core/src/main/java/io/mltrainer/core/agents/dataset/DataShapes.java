package io.mltrainer.core.agents.dataset;

/** What a data file's shape means for the task, in words a person can act on. */
public final class DataShapes {
    private DataShapes() {}

    /** A table of one column: a corpus of texts, not something to predict one column of from the others. */
    public static String singleColumn(String location, String column) {
        return location + " has a single column (`" + column + "`): a table to learn from needs at least two. If it"
                + " has more, check that it is comma-separated with a header row. A one-column file of texts is a"
                + " corpus for text generation: ask to \"generate text like the lines of " + fileName(location)
                + "\".";
    }

    private static String fileName(String location) {
        String name = location.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
