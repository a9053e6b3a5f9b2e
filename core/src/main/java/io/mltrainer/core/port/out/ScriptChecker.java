package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.GeneratedCode;
import java.util.List;

/** Checks generated code before anything runs it; returns the problems found, empty when it is clean. */
public interface ScriptChecker {
    List<String> check(GeneratedCode code);
}
