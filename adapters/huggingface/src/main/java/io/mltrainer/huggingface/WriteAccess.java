package io.mltrainer.huggingface;

/**
 * Whether a token may publish to a namespace; {@code reason} says why not, in words the user can act on.
 *
 * @param namespace the namespace that was checked (the user's own when none was asked for)
 */
public record WriteAccess(boolean allowed, String namespace, String reason) {
    static WriteAccess granted(String namespace) {
        return new WriteAccess(true, namespace, "");
    }

    static WriteAccess denied(String namespace, String reason) {
        return new WriteAccess(false, namespace, reason);
    }
}
