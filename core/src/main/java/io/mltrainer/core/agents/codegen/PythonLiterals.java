package io.mltrainer.core.agents.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Java values as Python source literals, so that templates never quote anything themselves. */
public final class PythonLiterals {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PythonLiterals() {}

    /** A JSON string literal is a valid Python string literal (same escapes, {@code \\uXXXX} included). */
    public static String string(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A string literal, or {@code None} for null. */
    public static String optional(String value) {
        return value == null ? "None" : string(value);
    }

    public static String bool(boolean value) {
        return value ? "True" : "False";
    }

    public static String list(List<String> values) {
        return values.stream().map(PythonLiterals::string).collect(Collectors.joining(", ", "[", "]"));
    }

    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    public static String dict(Map<String, Double> values) {
        return values.entrySet().stream()
                .map(e -> string(e.getKey()) + ": " + number(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
