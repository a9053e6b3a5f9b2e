package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.ThreadKey;

/**
 * Handles the messages of one chat thread one at a time across every replica that shares the database, so that a
 * platform delivering a thread's messages to different replicas still sees them handled in turn (the second reads
 * what the first wrote: one intake, one build). Messages of different threads go on in parallel.
 */
public interface ThreadOrder {
    /**
     * One process: its chat surfaces already queue each thread's messages in order (the {@code Inbox}); the embedded
     * database serves one replica.
     */
    ThreadOrder ONE_PROCESS = (thread, work) -> work.run();

    /** Runs {@code work} while no other replica handles a message of {@code thread}; waits its turn. */
    void inOrder(ThreadKey thread, Runnable work);
}
