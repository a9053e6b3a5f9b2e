package io.mltrainer.core.port.in;

/** A command on a build that cannot be done now; the message says why and what to do instead. */
public class BuildRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BuildRefused(String message) {
        super(message);
    }
}
