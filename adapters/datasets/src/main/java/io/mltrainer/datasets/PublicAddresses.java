package io.mltrainer.datasets;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import okhttp3.Dns;

/**
 * The name resolver of chat builds' downloads: a host name resolves only to public internet addresses. Loopback,
 * link-local, private (RFC 1918, IPv6 unique local, carrier-grade NAT 100.64/10), unspecified, reserved and
 * multicast addresses are refused. OkHttp connects to exactly the addresses this returns, so a name that resolves
 * to a public address when checked and to an internal one a moment later (DNS rebinding) cannot slip through.
 */
final class PublicAddresses implements Dns {
    private final Predicate<InetAddress> isPublic;

    /** @param isPublic {@link #isPublic(InetAddress)}; tests name another address public */
    PublicAddresses(Predicate<InetAddress> isPublic) {
        this.isPublic = isPublic;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> addresses = Arrays.asList(InetAddress.getAllByName(hostname));
        if (!addresses.stream().allMatch(isPublic)) {
            throw new Refused(hostname);
        }
        return addresses;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address v6) {
            boolean uniqueLocal = (b[0] & 0xFE) == 0xFC;
            boolean embedsV4 = v6.isIPv4CompatibleAddress() || isNat64(b);
            return !uniqueLocal && (!embedsV4 || isPublicV4(tail(b)));
        }
        return isPublicV4(b);
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        boolean thisNetwork = first == 0;
        boolean privateOrLoopback = first == 10 || first == 127;
        boolean carrierNat = first == 100 && (second & 0xC0) == 64;
        boolean linkLocal = first == 169 && second == 254;
        boolean private172 = first == 172 && (second & 0xF0) == 16;
        boolean private192 = first == 192 && second == 168;
        boolean reservedOrMulticast = first >= 224;
        return !(thisNetwork
                || privateOrLoopback
                || carrierNat
                || linkLocal
                || private172
                || private192
                || reservedOrMulticast);
    }

    /** 64:ff9b::/96, the well-known NAT64 prefix: the IPv4 address is the last four bytes. */
    private static boolean isNat64(byte[] b) {
        return b[0] == 0 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
    }

    private static byte[] tail(byte[] b) {
        return Arrays.copyOfRange(b, b.length - 4, b.length);
    }

    /** A host that resolves to an address a chat build may not reach; the message names the host only. */
    static final class Refused extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        Refused(String host) {
            super(host);
        }
    }
}
