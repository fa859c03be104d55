package dev.judge.api.callback;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which callback URLs the server may call. A submitter must not make the server reach internal
 * services: loopback, private, link-local (cloud metadata among them), carrier-grade NAT,
 * unique-local and unspecified addresses are refused unless an operator allow-lists the host.
 * The check runs when the submission arrives and again before every attempt.
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
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowList.contains(bare.toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        if (bare.toLowerCase(Locale.ROOT).endsWith(".internal") || bare.equalsIgnoreCase("localhost")) {
            return List.of("is an internal host, which callbacks may not reach");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            return List.of("host '" + bare + "' does not resolve");
        }
        for (InetAddress a : addresses) {
            if (allowList.contains(a.getHostAddress())) {
                continue;
            }
            if (internal(a)) {
                return List.of("resolves to an internal address (" + a.getHostAddress() + "), which callbacks may not reach");
            }
        }
        return List.of();
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128 || first == 198 && (second == 18 || second == 19);
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;   // unique local fc00::/7
        }
        return false;
    }
}
