package dev.judge.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Who a client is behind trusted proxies: the first untrusted address from the right, and nothing a client wrote. */
class ClientAddressTest {

    private static final ClientAddress BEHIND_BALANCER = new ClientAddress(List.of("10.0.0.0/8", "2001:db8:ffff::/48"),
            ClientAddress.X_FORWARDED_FOR);

    private static String xff(String peer, String... values) {
        return BEHIND_BALANCER.resolve(peer, List.of(values));
    }

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverItForwards() {
        ClientAddress direct = new ClientAddress(List.of(), ClientAddress.X_FORWARDED_FOR);
        assertThat(direct.resolve("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(direct.resolve("10.0.0.5", List.of("198.51.100.1"))).isEqualTo("10.0.0.5");
    }

    @Test
    void anUntrustedPeerIsTheClientAndItsHeaderIsNeverBelieved() {
        assertThat(xff("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
        assertThat(xff("203.0.113.7", "10.0.0.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void behindTheBalancerTheClientIsTheAddressItForwards() {
        assertThat(xff("10.0.0.5", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(xff("10.0.0.5")).as("no header: the balancer itself").isEqualTo("10.0.0.5");
    }

    @Test
    void whatTheClientPutsInFrontOfItsOwnAddressIsIgnored() {
        assertThat(xff("10.0.0.5", "198.51.100.1, 10.0.0.9, 203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(xff("10.0.0.5", "10.0.0.9", "203.0.113.7")).as("a spoofed line before the balancer's")
                .isEqualTo("203.0.113.7");
    }

    @Test
    void aChainOfTrustedProxiesIsSkippedFromTheRight() {
        assertThat(xff("10.0.0.5", "198.51.100.1, 203.0.113.7, 10.1.2.3, 10.4.5.6")).isEqualTo("203.0.113.7");
        assertThat(xff("10.0.0.5", "203.0.113.7, 10.1.2.3", "10.4.5.6")).as("a hop per header line")
                .isEqualTo("203.0.113.7");
        assertThat(xff("10.0.0.5", "10.1.2.3, 10.4.5.6")).as("only proxies: the farthest").isEqualTo("10.1.2.3");
    }

    @Test
    void aHopThatIsNoAddressEndsTheWalkAtTheNearestTrustedProxy() {
        assertThat(xff("10.0.0.5", "203.0.113.7, unknown")).isEqualTo("10.0.0.5");
        assertThat(xff("10.0.0.5", "garbage, 10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(xff("10.0.0.5", "localhost")).as("names are never resolved").isEqualTo("10.0.0.5");
        assertThat(xff("10.0.0.5", "203.0.113.7 198.51.100.1")).isEqualTo("10.0.0.5");
        assertThat(xff("10.0.0.5", "010.0.0.1")).as("leading zeros: octal to some").isEqualTo("10.0.0.5");
        assertThat(xff("10.0.0.5", "256.1.1.1")).isEqualTo("10.0.0.5");
        assertThat(xff("10.0.0.5", "1.2.3")).isEqualTo("10.0.0.5");
        assertThat(xff("10.0.0.5", "203.0.113.7:99999")).isEqualTo("10.0.0.5");
        assertThat(xff("10.0.0.5", "2001:db8::1::2")).isEqualTo("10.0.0.5");
        assertThat(xff("10.0.0.5", "[203.0.113.7]")).isEqualTo("10.0.0.5");
        assertThat(xff("10.0.0.5", "")).isEqualTo("10.0.0.5");
    }

    @Test
    void emptyListElementsAreSkipped() {
        assertThat(xff("10.0.0.5", "203.0.113.7,, ")).isEqualTo("203.0.113.7");
    }

    @Test
    void portsAreDropped() {
        assertThat(xff("10.0.0.5", "203.0.113.7:51234")).isEqualTo("203.0.113.7");
        assertThat(xff("10.0.0.5", "[2001:db8:1::5]:443")).isEqualTo("2001:db8:1:0:0:0:0:5");
    }

    @Test
    void ipv6ClientsProxiesAndPeersAreCountedUnderOneSpelling() {
        assertThat(xff("2001:db8:ffff:0:0:0:0:1", "2001:DB8:1:0::5")).isEqualTo("2001:db8:1:0:0:0:0:5");
        assertThat(xff("2001:db8:ffff::1%eth0", "2001:db8:1::5, 2001:db8:ffff::2")).isEqualTo("2001:db8:1:0:0:0:0:5");
        assertThat(xff("2001:db8:fffe::1", "203.0.113.7")).as("outside the trusted /48").isEqualTo("2001:db8:fffe:0:0:0:0:1");
        assertThat(xff("10.0.0.5", "::ffff:203.0.113.7")).as("an IPv4-mapped address is its IPv4 address")
                .isEqualTo("203.0.113.7");
        assertThat(xff("::ffff:10.0.0.5", "203.0.113.7")).as("a dual-stack peer").isEqualTo("203.0.113.7");
        assertThat(xff("10.0.0.5", "::")).isEqualTo("0:0:0:0:0:0:0:0");
    }

    @Test
    void singleAddressesAndIpv6NetworksAreTrusted() {
        ClientAddress proxies = new ClientAddress(List.of(" 192.0.2.10 ", "::1", "fd00::/8", "::ffff:172.16.0.0/108"),
                ClientAddress.X_FORWARDED_FOR);
        assertThat(proxies.resolve("192.0.2.10", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(proxies.resolve("192.0.2.11", List.of("203.0.113.7"))).isEqualTo("192.0.2.11");
        assertThat(proxies.resolve("0:0:0:0:0:0:0:1", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(proxies.resolve("fd12:3456::1", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(proxies.resolve("172.16.9.9", List.of("203.0.113.7"))).as("a mapped network trusts IPv4 peers")
                .isEqualTo("203.0.113.7");
        assertThat(proxies.resolve("172.32.0.1", List.of("203.0.113.7"))).isEqualTo("172.32.0.1");
    }

    @Test
    void rfc7239ForwardedIsReadForItsForParameter() {
        ClientAddress rfc = new ClientAddress(List.of("10.0.0.0/8"), ClientAddress.FORWARDED);
        assertThat(rfc.resolve("10.0.0.5", List.of("for=198.51.100.1, for=203.0.113.7;proto=https;by=10.0.0.5")))
                .isEqualTo("203.0.113.7");
        assertThat(rfc.resolve("10.0.0.5", List.of("For=\"[2001:db8:cafe::17]:4711\"", "for=10.1.2.3")))
                .isEqualTo("2001:db8:cafe:0:0:0:0:17");
        assertThat(rfc.resolve("10.0.0.5", List.of("for=\"203.0.113.7:4711\""))).isEqualTo("203.0.113.7");
        assertThat(rfc.resolve("10.0.0.5", List.of("FOR = 203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void anRfc7239ElementWithoutAUsableForEndsTheWalk() {
        ClientAddress rfc = new ClientAddress(List.of("10.0.0.0/8"), ClientAddress.FORWARDED);
        assertThat(rfc.resolve("10.0.0.5", List.of("for=203.0.113.7, for=unknown"))).isEqualTo("10.0.0.5");
        assertThat(rfc.resolve("10.0.0.5", List.of("for=203.0.113.7, for=_hidden"))).isEqualTo("10.0.0.5");
        assertThat(rfc.resolve("10.0.0.5", List.of("for=203.0.113.7, proto=https"))).isEqualTo("10.0.0.5");
        assertThat(rfc.resolve("10.0.0.5", List.of("for=198.51.100.1;for=203.0.113.7"))).as("for= twice")
                .isEqualTo("10.0.0.5");
        assertThat(rfc.resolve("10.0.0.5", List.of("for=\"203.0.113.7"))).as("an open quote").isEqualTo("10.0.0.5");
    }

    @Test
    void onlyTheConfiguredHeaderIsRead() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.0.5");
        request.addHeader("Forwarded", "for=198.51.100.1");
        request.addHeader("X-Forwarded-For", "203.0.113.7");
        assertThat(BEHIND_BALANCER.of(request)).as("a Forwarded header the balancer passed on").isEqualTo("203.0.113.7");
        ClientAddress rfc = new ClientAddress(List.of("10.0.0.0/8"), "forwarded");
        assertThat(rfc.of(request)).as("an X-Forwarded-For header the proxy passed on").isEqualTo("198.51.100.1");
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressOrNetworkIsRefusedAtStart() {
        for (String wrong : List.of("example.com", "10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/8/8",
                "10.0.0.256", "*")) {
            assertThatThrownBy(() -> new ClientAddress(List.of(wrong), ClientAddress.X_FORWARDED_FOR))
                    .as(wrong).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(wrong);
        }
        assertThatThrownBy(() -> new ClientAddress(List.of(), "X-Real-IP")).isInstanceOf(IllegalArgumentException.class);
    }
}
