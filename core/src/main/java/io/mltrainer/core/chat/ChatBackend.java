package io.mltrainer.core.chat;

import io.mltrainer.core.port.in.ChatUseCase;
import io.mltrainer.core.port.out.CardMessages;
import io.mltrainer.core.port.out.ChatSurface;
import io.mltrainer.core.port.out.Deliveries;

/** What a chat surface adapter gets from the application: the conversations and the stores it needs. */
public interface ChatBackend {

    /**
     * The conversations of {@code surface}; its builds' status cards and thread replies start being published, and
     * the cards of builds still running are shown again (after a restart).
     */
    ChatUseCase connect(ChatSurface surface);

    Deliveries deliveries();

    CardMessages cardMessages();

    Uploads uploads();
}
