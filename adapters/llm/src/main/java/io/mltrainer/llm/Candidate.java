package io.mltrainer.llm;

import dev.langchain4j.model.chat.ChatModel;

/** A provider ready to be asked: where it is and the model client (holding its key) that asks it. */
record Candidate(Endpoint endpoint, ChatModel model) {}
