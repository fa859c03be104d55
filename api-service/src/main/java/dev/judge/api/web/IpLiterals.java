package dev.judge.api.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * IP address literals read strictly and without ever asking DNS: IPv4 as four decimal parts
 * (no leading zeros, which some read as octal), IPv6 in RFC 4291's text forms (an IPv4 tail, one
 * {@code ::}, a {@code %zone} that is dropped). An IPv4-mapped IPv6 address reads as its IPv4
 * address. Anything else is not an address: null.
 */
final class IpLiterals {

    private IpLiterals() {
    }

    /** The address's bytes (4 or 16), or null when the text is not an address literal. */
    static byte[] parse(String text) {
        byte[] raw = parseRaw(text);
        return raw != null && isMappedIpv4(raw) ? Arrays.copyOfRange(raw, 12, 16) : raw;
    }

    /** Like {@link #parse}, but an IPv4-mapped address stays 16 bytes (for its prefix length). */
    static byte[] parseRaw(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return text.indexOf(':') >= 0 ? ipv6(text) : ipv4(text);
    }

    static boolean isMappedIpv4(byte[] a) {
        if (a.length != 16 || a[10] != (byte) 0xff || a[11] != (byte) 0xff) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The address as text, one spelling per address (what a client is counted under). */
    static String text(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not 4 or 16 bytes", e);   // only for a wrong length
        }
    }

    private static byte[] ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            int v = decimalOctet(parts[i]);
            if (v < 0) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static int decimalOctet(String p) {
        if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= 255 ? v : -1;
    }

    private static byte[] ipv6(String s) {
        int zone = s.indexOf('%');
        if (zone >= 0) {
            if (zone == s.length() - 1) {
                return null;
            }
            s = s.substring(0, zone);
        }
        int gap = s.indexOf("::");
        if (gap >= 0 && gap != s.lastIndexOf("::")) {
            return null;
        }
        int[] head = groups(gap < 0 ? s : s.substring(0, gap), gap < 0);
        int[] tail = gap < 0 ? new int[0] : groups(s.substring(gap + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        int count = head.length + tail.length;
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < head.length; i++) {
            out[2 * i] = (byte) (head[i] >> 8);
            out[2 * i + 1] = (byte) head[i];
        }
        for (int i = 0; i < tail.length; i++) {
            int at = 8 - tail.length + i;
            out[2 * at] = (byte) (tail[i] >> 8);
            out[2 * at + 1] = (byte) tail[i];
        }
        return out;
    }

    /** Colon-separated 16-bit groups; the last may be an IPv4 address (two groups) when {@code last}. */
    private static int[] groups(String s, boolean last) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        boolean v4Tail = last && parts[parts.length - 1].indexOf('.') >= 0;
        int[] out = new int[parts.length + (v4Tail ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            if (v4Tail && i == parts.length - 1) {
                byte[] v4 = ipv4(parts[i]);
                if (v4 == null) {
                    return null;
                }
                out[i] = (v4[0] & 0xff) << 8 | (v4[1] & 0xff);
                out[i + 1] = (v4[2] & 0xff) << 8 | (v4[3] & 0xff);
            } else {
                out[i] = hexGroup(parts[i]);
                if (out[i] < 0) {
                    return null;
                }
            }
        }
        return out;
    }

    private static int hexGroup(String p) {
        if (p.isEmpty() || p.length() > 4) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }
}
