package io.mltrainer.core.chat;

import java.time.Duration;

/**
 * Named leases that make one replica the leader of something only one may run at a time (the Discord gateway). A
 * holder keeps its lease by renewing it before it expires (a heartbeat); once it expired, another holder takes it.
 */
public interface LeaderLeases {

    /**
     * Takes the lease {@code name} for {@code holder} until now + {@code ttl}, or renews it when {@code holder}
     * already has it; false while another holder's lease has not expired.
     */
    boolean acquire(String name, String holder, Duration ttl);

    /** Gives the lease up at once (a replica that stops), when {@code holder} has it. */
    void release(String name, String holder);
}
