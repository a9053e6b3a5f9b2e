package io.mltrainer.bot;

import io.mltrainer.core.domain.Stage;
import picocli.CommandLine.ITypeConverter;

final class StageConverter implements ITypeConverter<Stage> {
    @Override
    public Stage convert(String value) {
        return Stage.fromId(value);
    }
}
