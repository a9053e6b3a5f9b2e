package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.ParsedIntent;
import java.util.Optional;

/**
 * Understands a request's words (no file or network access): the task type and every slot the words give. Empty
 * when the task type cannot be told; the caller then asks.
 */
public interface IntentParser {
    Optional<ParsedIntent> parse(String request);
}
