package io.mltrainer.bot;

import io.mltrainer.core.domain.JobId;

final class JobIdArgument {
    private JobIdArgument() {}

    static JobId parse(String text) {
        try {
            return new JobId(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a build id; 'mltrainer jobs' lists them", e);
        }
    }
}
