package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.EventRecord;

/** A surface that shows events as they happen. Must return quickly and never throw. */
@FunctionalInterface
public interface EventListener {
    void onEvent(EventRecord record);
}
