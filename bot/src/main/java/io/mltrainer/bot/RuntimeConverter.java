package io.mltrainer.bot;

import io.mltrainer.core.domain.RuntimeKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;

/** {@code local}, {@code kaggle} or {@code modal}; anything else is a usage error that lists them. */
final class RuntimeConverter implements ITypeConverter<RuntimeKind> {
    @Override
    public RuntimeKind convert(String value) {
        return Arrays.stream(RuntimeKind.values())
                .filter(k -> k.id().equals(value.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown runtime '" + value + "'; expected one of "
                        + Arrays.stream(RuntimeKind.values())
                                .map(RuntimeKind::id)
                                .collect(Collectors.joining(", "))));
    }
}
