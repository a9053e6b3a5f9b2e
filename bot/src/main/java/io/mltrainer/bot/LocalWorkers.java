package io.mltrainer.bot;

import io.mltrainer.core.port.out.Workers;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Names this process {@code host:pid}. A lease held by a process on this host is alive exactly while that pid
 * runs, so a build whose process was killed can be resumed at once; other hosts' leases are trusted until they
 * expire.
 */
final class LocalWorkers implements Workers {
    private final String host;
    private final String self;

    LocalWorkers() {
        this.host = hostName();
        this.self = host + ":" + ProcessHandle.current().pid();
    }

    @Override
    public String self() {
        return self;
    }

    @Override
    public boolean isAlive(String owner) {
        int colon = owner.lastIndexOf(':');
        if (colon < 0 || !owner.substring(0, colon).equals(host)) {
            return true;
        }
        try {
            long pid = Long.parseLong(owner.substring(colon + 1));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
