package dev.judge.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The address a client is counted under (its waits and event streams are capped per client).
 *
 * <p>Without trusted proxies it is the connection's peer. Behind a load balancer every peer is
 * the balancer, so its address (or network) is listed as a trusted proxy: when the peer is
 * trusted, the forwarding header it sends ({@code X-Forwarded-For}, or RFC 7239's
 * {@code Forwarded: for=}, whichever is configured: a proxy passes the other on unchecked) is
 * walked from the right, each hop added by the trusted proxy to its right, skipping trusted
 * proxies; the first untrusted address is the client. What is left of it was written by the
 * client and is never read, nor is the header of an untrusted peer. A hop that is not an address
 * literal ({@code unknown}, an obfuscated name, a host name, garbage) ends the walk: the client is
 * then counted under the nearest trusted proxy, the last address known for sure. Names are never
 * resolved.
 */
public final class ClientAddress {

    /** The header that carries the chain, as a proxy writes it. */
    public static final String X_FORWARDED_FOR = "X-Forwarded-For";
    /** RFC 7239's header ({@code for=} of each element). */
    public static final String FORWARDED = "Forwarded";

    private final List<Network> trusted;
    private final String header;
    private final boolean rfc7239;

    /**
     * @param trustedProxies addresses or CIDR networks, IPv4 or IPv6; empty: the peer is the client
     * @param header {@value #X_FORWARDED_FOR} or {@value #FORWARDED}
     * @throws IllegalArgumentException naming an entry that is not an address or a network
     */
    public ClientAddress(List<String> trustedProxies, String header) {
        this.trusted = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Network::parse).toList();
        if (X_FORWARDED_FOR.equalsIgnoreCase(header)) {
            this.rfc7239 = false;
        } else if (FORWARDED.equalsIgnoreCase(header)) {
            this.rfc7239 = true;
        } else {
            throw new IllegalArgumentException("the forwarding header is X-Forwarded-For or Forwarded, not '" + header + "'");
        }
        this.header = header;
    }

    /** The client of a request, as counted. */
    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders(header)));
    }

    /** The client behind {@code peer}, given the values of the forwarding header in the order received. */
    String resolve(String peer, List<String> headerValues) {
        byte[] client = IpLiterals.parse(peer);
        if (client == null) {
            return peer;   // not an IP connection: nothing to count it under but what the container says
        }
        if (!isTrusted(client)) {
            return IpLiterals.text(client);
        }
        List<String> hops = new ArrayList<>();
        for (String value : headerValues) {
            for (String element : value.split(",", -1)) {
                if (!element.isBlank()) {
                    hops.add(element.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            byte[] hop = rfc7239 ? forwardedFor(hops.get(i)) : node(hops.get(i));
            if (hop == null) {
                break;
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return IpLiterals.text(client);
    }

    private boolean isTrusted(byte[] address) {
        return trusted.stream().anyMatch(n -> n.contains(address));
    }

    /** The {@code for=} address of one RFC 7239 element, or null (absent, twice, unknown, obfuscated, malformed). */
    private static byte[] forwardedFor(String element) {
        String value = null;
        for (String pair : element.split(";", -1)) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("for")) {
                if (value != null) {
                    return null;
                }
                value = pair.substring(eq + 1).trim();
            }
        }
        if (value == null) {
            return null;
        }
        if (value.startsWith("\"")) {
            if (value.length() < 2 || !value.endsWith("\"")) {
                return null;
            }
            value = value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return node(value);
    }

    /** An address with an optional port: {@code 192.0.2.1}, {@code 192.0.2.1:80}, {@code 2001:db8::1}, {@code [2001:db8::1]:80}. */
    private static byte[] node(String node) {
        if (node.startsWith("[")) {
            int close = node.indexOf(']');
            if (close < 0 || !isPortOrNothing(node.substring(close + 1))) {
                return null;
            }
            byte[] address = IpLiterals.parse(node.substring(1, close));
            return address != null && node.substring(1, close).indexOf(':') >= 0 ? address : null;
        }
        int colon = node.indexOf(':');
        if (colon >= 0 && colon == node.lastIndexOf(':')) {
            return isPortOrNothing(node.substring(colon)) ? IpLiterals.parse(node.substring(0, colon)) : null;
        }
        return IpLiterals.parse(node);
    }

    private static boolean isPortOrNothing(String rest) {
        return rest.isEmpty() || rest.matches(":[0-9]{1,5}") && Integer.parseInt(rest.substring(1)) <= 65535;
    }

    /** A trusted address or network. */
    private record Network(byte[] prefix, int bits) {

        static Network parse(String text) {
            int slash = text.indexOf('/');
            byte[] raw = IpLiterals.parseRaw(slash < 0 ? text : text.substring(0, slash));
            if (raw == null) {
                throw new IllegalArgumentException("trusted proxy '" + text + "' is not an IP address or a CIDR network");
            }
            int bits = raw.length * 8;
            if (slash >= 0) {
                String length = text.substring(slash + 1);
                if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > bits) {
                    throw new IllegalArgumentException("trusted proxy '" + text + "' has a prefix length outside 0-" + bits);
                }
                bits = Integer.parseInt(length);
            }
            if (IpLiterals.isMappedIpv4(raw) && bits >= 96) {
                return new Network(Arrays.copyOfRange(raw, 12, 16), bits - 96);
            }
            return new Network(raw, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit += 8) {
                int mask = bits - bit >= 8 ? 0xff : (0xff << (8 - (bits - bit))) & 0xff;
                if (((address[bit / 8] ^ prefix[bit / 8]) & mask) != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
