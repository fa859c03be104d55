package dev.judge.api.callback;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which callback URLs the server may call. A submitter must not make the server reach internal
 * services: loopback, private, link-local (cloud metadata among them), carrier-grade NAT,
 * unique-local, multicast, broadcast, reserved and unspecified addresses are refused, also when
 * written inside an IPv6 address (IPv4-compatible, NAT64, 6to4, Teredo), unless an operator
 * allow-lists the host. The check runs when the submission arrives, and the addresses it
 * approved are the only ones a callback connects to ({@link #resolve}), so DNS cannot answer
 * differently between the check and the connection.
 */
public final class CallbackTargets {

    private final List<String> allowList;

    public CallbackTargets(List<String> allowList) {
        this.allowList = allowList.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** The problems of a URL; empty when it may be called. */
    public List<String> problems(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return List.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return List.of("must be an http or https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return List.of("has no host");
        }
        try {
            resolve(host);
            return List.of();
        } catch (RefusedTargetException e) {
            return List.of(e.getMessage());
        }
    }

    /** Thrown when a host may not be called; the message says why. */
    public static final class RefusedTargetException extends UnknownHostException {
        RefusedTargetException(String message) {
            super(message);
        }
    }

    /**
     * The addresses a callback to {@code host} may connect to: all it resolves to, each checked.
     *
     * @throws RefusedTargetException when the host is internal, resolves to an internal address, or
     *     does not resolve
     */
    public InetAddress[] resolve(String host) throws RefusedTargetException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String lower = bare.toLowerCase(Locale.ROOT);
        boolean hostAllowed = allowList.contains(lower);
        if (!hostAllowed && (lower.endsWith(".internal") || lower.equals("localhost") || lower.endsWith(".localhost"))) {
            throw new RefusedTargetException("is an internal host, which callbacks may not reach");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new RefusedTargetException("host '" + bare + "' does not resolve");
        }
        if (hostAllowed) {
            return addresses;
        }
        for (InetAddress a : addresses) {
            if (!allowList.contains(a.getHostAddress()) && internal(a)) {
                throw new RefusedTargetException("resolves to an internal address (" + a.getHostAddress()
                        + "), which callbacks may not reach");
            }
        }
        return addresses;
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return internalIpv4(b);
        }
        if (a instanceof Inet6Address) {
            return internalIpv6(b);
        }
        return true;   // an address family we do not know: refuse
    }

    private static boolean internalIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0                                   // "this network"
                || first == 10 || first == 127
                || first == 100 && second >= 64 && second < 128     // carrier-grade NAT
                || first == 169 && second == 254
                || first == 172 && second >= 16 && second < 32
                || first == 192 && second == 168
                || first == 192 && second == 0 && (b[2] & 0xff) == 0   // IETF protocol assignments
                || first == 198 && (second == 18 || second == 19)        // benchmarking
                || first >= 224;                                   // multicast, reserved, broadcast
    }

    private static boolean internalIpv6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return true;   // unique local fc00::/7
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return true;   // deprecated site-local fec0::/10
        }
        boolean firstTwelveZero = Arrays.equals(Arrays.copyOf(b, 12), new byte[12]);
        if (firstTwelveZero) {
            return true;   // ::/96 (IPv4-compatible, ::, ::1): never a public callback target
        }
        if (startsWith(b, 0x00, 0x64, 0xff, 0x9b)) {
            return internalIpv4(Arrays.copyOfRange(b, 12, 16));   // NAT64 64:ff9b::/96
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return internalIpv4(Arrays.copyOfRange(b, 2, 6));     // 6to4 2002::/16
        }
        if (startsWith(b, 0x20, 0x01, 0x00, 0x00)) {
            byte[] client = Arrays.copyOfRange(b, 12, 16);        // Teredo 2001::/32, client address inverted
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~client[i];
            }
            return internalIpv4(client);
        }
        if (startsWith(b, 0x01, 0x00, 0x00, 0x00) && Arrays.equals(Arrays.copyOfRange(b, 4, 8), new byte[4])) {
            return true;   // discard-only 100::/64
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
