package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.Stage;
import java.util.EnumMap;
import java.util.Map;

/** The one table of per-stage retry policies; configuration overrides single entries. */
public final class RetryPolicies {
    private final Map<Stage, RetryPolicy> policies;

    private RetryPolicies(Map<Stage, RetryPolicy> policies) {
        this.policies = new EnumMap<>(policies);
    }

    public static RetryPolicies defaults() {
        EnumMap<Stage, RetryPolicy> table = new EnumMap<>(Stage.class);
        table.put(Stage.INTENT, RetryPolicy.of(3, 2, 1.5, 10));
        table.put(Stage.DATASET, RetryPolicy.of(3, 5, 2, 30));
        table.put(Stage.PREPROCESS, RetryPolicy.of(2, 3, 2, 15));
        table.put(Stage.CONFIG, RetryPolicy.of(3, 2, 1.5, 10));
        table.put(Stage.ARCHITECTURE, RetryPolicy.of(3, 2, 1.5, 10));
        table.put(Stage.CODEGEN, RetryPolicy.of(3, 2, 1.5, 10));
        table.put(Stage.TRAIN, RetryPolicy.of(10, 30, 1.2, 120));
        table.put(Stage.DEPLOY, RetryPolicy.of(3, 5, 2, 30));
        return new RetryPolicies(table);
    }

    /** The same waits everywhere: for tests and benchmarks. */
    public static RetryPolicies uniform(RetryPolicy policy) {
        EnumMap<Stage, RetryPolicy> table = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            table.put(stage, policy);
        }
        return new RetryPolicies(table);
    }

    public RetryPolicies with(Stage stage, RetryPolicy policy) {
        EnumMap<Stage, RetryPolicy> table = new EnumMap<>(policies);
        table.put(stage, policy);
        return new RetryPolicies(table);
    }

    public RetryPolicy of(Stage stage) {
        return policies.get(stage);
    }
}
