package io.mltrainer.core.port.out;

/**
 * Platform deliveries already handled (Slack {@code event_id}, Discord interaction ids), kept in the database so a
 * retried delivery never starts a second build or posts twice, also across restarts.
 */
public interface Deliveries {
    /** True exactly once per {@code (platform, id)}: for the first delivery, also when two replicas race. */
    boolean firstDelivery(String platform, String id);
}
