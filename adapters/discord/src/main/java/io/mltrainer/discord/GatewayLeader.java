package io.mltrainer.discord;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the gateway (mentions, thread messages, DMs) on one replica at a time: each heartbeat takes or renews the
 * {@link GatewayLease}; the replica that holds it connects, the others wait and take over once the leader's lease
 * expired (it died or lost the database). A leader that cannot renew keeps the gateway until its own lease ran out,
 * then disconnects, so two replicas never both hold it for longer than a clock skew.
 */
final class GatewayLeader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayLeader.class);

    private final GatewayLease lease;
    private final Supplier<AutoCloseable> connect;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "discord-gateway-lease");
        thread.setDaemon(true);
        return thread;
    });
    private AutoCloseable gateway; // guarded by this
    private Instant leaseEnds = Instant.MIN; // guarded by this

    GatewayLeader(GatewayLease lease, Supplier<AutoCloseable> connect) {
        this.lease = lease;
        this.connect = connect;
    }

    /**
     * One heartbeat now (a refused token fails here, on the replica that won), then one every third of the lease.
     */
    void start() {
        heartbeat();
        long every = Math.max(1, lease.ttl().toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::quietHeartbeat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Takes or renews the lease and connects or disconnects accordingly; whether this replica leads now. */
    synchronized boolean heartbeat() {
        Instant now = lease.clock().instant();
        boolean held;
        try {
            held = lease.leases().acquire(GatewayLease.NAME, lease.holder(), lease.ttl());
            if (held) {
                leaseEnds = now.plus(lease.ttl());
            }
        } catch (RuntimeException e) {
            held = now.isBefore(leaseEnds);
            LOG.warn(
                    "Discord gateway lease: cannot reach the database ({}); {}",
                    e.getMessage(),
                    held ? "keeping the gateway until the lease runs out" : "stepping down");
        }
        if (held && gateway == null) {
            LOG.info("Discord: this replica ({}) runs the gateway", lease.holder());
            gateway = connect.get();
        } else if (!held && gateway != null) {
            LOG.info("Discord: another replica runs the gateway now; disconnecting");
            disconnect();
        }
        return held;
    }

    synchronized boolean leading() {
        return gateway != null;
    }

    private void quietHeartbeat() {
        try {
            heartbeat();
        } catch (RuntimeException e) {
            LOG.error("Discord: the gateway could not connect: {}", e.getMessage());
        }
    }

    private void disconnect() {
        try {
            gateway.close();
        } catch (Exception e) {
            LOG.warn("Discord: closing the gateway failed: {}", e.getMessage());
        }
        gateway = null;
    }

    /** Stops the heartbeat, disconnects and gives the lease up so another replica takes over at once. */
    @Override
    public synchronized void close() {
        heartbeat.shutdownNow();
        if (gateway != null) {
            disconnect();
            try {
                lease.leases().release(GatewayLease.NAME, lease.holder());
            } catch (RuntimeException e) {
                LOG.warn("Discord: could not release the gateway lease ({}); it expires by itself", e.getMessage());
            }
        }
    }
}
