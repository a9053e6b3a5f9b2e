package io.mltrainer.bot;

import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.port.out.Deliveries;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.llm.ChatModelPort;

/**
 * Where the application is observed from outside: {@code serve} passes {@link Metrics}; the other commands pass
 * {@link #NONE}, which observes nothing and loads no metrics library.
 */
interface Telemetry {
    /** The language models, counted per call. */
    ChatModelPort llm(ChatModelPort llm);

    /** The chat de-duplication, counting events handled and de-duplicated. */
    Deliveries deliveries(Deliveries deliveries);

    /** Builds and stages, from the events of {@code events} and the states kept in {@code jobs}. */
    void watch(EventBus events, JobRepository jobs);

    Telemetry NONE = new Telemetry() {
        @Override
        public ChatModelPort llm(ChatModelPort llm) {
            return llm;
        }

        @Override
        public Deliveries deliveries(Deliveries deliveries) {
            return deliveries;
        }

        @Override
        public void watch(EventBus events, JobRepository jobs) {
            // nothing observed
        }
    };
}
