package io.mltrainer.llm;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/**
 * A provider's error answer, with what LangChain4j's own {@link HttpException} drops: how long a 429 asks us to
 * wait. The message holds the status and the error code only, never the body (which may quote the key).
 */
final class ProviderHttpException extends HttpException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;

    ProviderHttpException(int statusCode, Optional<String> code, Optional<Duration> retryAfter) {
        super(statusCode, "HTTP " + statusCode + code.map(c -> " " + c).orElse(""));
        this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
