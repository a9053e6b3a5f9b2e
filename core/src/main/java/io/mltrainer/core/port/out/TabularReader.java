package io.mltrainer.core.port.out;

/** Reads a table from a local file. Bad files fail with a {@code BAD_INPUT} stage exception naming the problem. */
public interface TabularReader {

    /** The absolute, normalised form of a path as the user wrote it (relative paths are taken from the CWD). */
    String resolve(String location);

    RawTable read(String path, int maxRows);
}
