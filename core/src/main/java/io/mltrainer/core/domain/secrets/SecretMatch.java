package io.mltrainer.core.domain.secrets;

import java.util.Objects;

/**
 * A credential found in a text: its kind and where it is ({@code text.substring(start, end)} is the value).
 * {@link #toString()} leaves the value out, so a match that ends up in a log message leaks nothing.
 */
public record SecretMatch(SecretKind kind, int start, int end, String value) {
    public SecretMatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end - start != value.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit the value");
        }
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    @Override
    public String toString() {
        return "SecretMatch[" + kind.id() + " at " + start + ".." + end + "]";
    }
}
