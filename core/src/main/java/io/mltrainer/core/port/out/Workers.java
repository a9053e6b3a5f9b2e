package io.mltrainer.core.port.out;

/** Who this worker is, and whether the owner of a lease is still alive (pids on this host can be checked). */
public interface Workers {
    String self();

    boolean isAlive(String owner);
}
