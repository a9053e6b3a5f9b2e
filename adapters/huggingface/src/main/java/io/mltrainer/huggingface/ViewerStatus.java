package io.mltrainer.huggingface;

/** What the dataset viewer can do with a dataset ({@code /is-valid}). */
public record ViewerStatus(boolean preview, boolean viewer, boolean search, boolean filter, boolean statistics) {
    /** Whether the viewer can show rows at all, which every later check relies on. */
    public boolean readable() {
        return preview || viewer;
    }
}
