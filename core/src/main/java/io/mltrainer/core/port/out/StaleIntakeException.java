package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.ThreadKey;

/** Two messages of one thread were handled at once; the later save lost and its message should be handled again. */
public class StaleIntakeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleIntakeException(ThreadKey thread, int version) {
        super("the intake of " + thread.asString() + " changed since version " + version);
    }
}
