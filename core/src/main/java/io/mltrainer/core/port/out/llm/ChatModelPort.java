package io.mltrainer.core.port.out.llm;

import java.util.Optional;

/**
 * Chat with tools. An implementation fails over between providers by itself; it answers empty when no online model
 * is available (no key configured, every provider down), and the caller then uses its offline logic.
 */
public interface ChatModelPort {
    Optional<ChatReply> chat(ChatCall call);

    /** A port with no model at all: everything runs offline. */
    ChatModelPort OFFLINE = call -> Optional.empty();
}
