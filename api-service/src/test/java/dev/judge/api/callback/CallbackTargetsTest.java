package dev.judge.api.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The callback address filter, on address literals (no DNS needed). */
class CallbackTargetsTest {

    private final CallbackTargets targets = new CallbackTargets(List.of());

    @Test
    void publicAddressesMayBeCalled() {
        for (String url : List.of("http://93.184.216.34/cb", "https://8.8.8.8:8443/x?y=1", "http://[2606:4700::1111]/cb")) {
            assertThat(targets.problems(url)).as(url).isEmpty();
        }
    }

    @Test
    void internalAddressesAreRefusedHoweverTheyAreWritten() {
        for (String url : List.of("http://127.0.0.1/", "http://127.1/", "http://2130706433/", "http://0x7f000001/",
                "http://0.0.0.0/", "http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.1.1/", "http://169.254.169.254/",
                "http://100.64.0.1/", "http://198.18.0.1/", "http://224.0.0.1/", "http://255.255.255.255/", "http://240.0.0.1/",
                "http://[::1]/", "http://[::]/", "http://[::ffff:127.0.0.1]/", "http://[::127.0.0.1]/",
                "http://[64:ff9b::7f00:1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/",
                "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "http://[fc00::1]/", "http://[fd12:3456::1]/",
                "http://[fe80::1]/", "http://[fec0::1]/", "http://[ff02::1]/", "http://localhost/", "http://foo.localhost/",
                "http://metadata.google.internal/")) {
            assertThat(targets.problems(url)).as(url).isNotEmpty();
        }
    }

    @Test
    void onlyHttpUrlsWithAHost() {
        assertThat(targets.problems("ftp://93.184.216.34/")).containsExactly("must be an http or https URL");
        assertThat(targets.problems("file:///etc/passwd")).containsExactly("must be an http or https URL");
        assertThat(targets.problems("http:///x")).containsExactly("has no host");
        assertThat(targets.problems("http://[::1")).containsExactly("is not a valid URL");
    }

    @Test
    void anOperatorCanAllowAnInternalHostOrAddress() {
        CallbackTargets allowing = new CallbackTargets(List.of("127.0.0.1", "localhost"));
        assertThat(allowing.problems("http://127.0.0.1:8080/cb")).isEmpty();
        assertThat(allowing.problems("http://localhost:8080/cb")).isEmpty();
        assertThat(allowing.problems("http://10.0.0.1/cb")).isNotEmpty();
    }

    @Test
    void theCheckedAddressesAreTheOnesToConnectTo() throws Exception {
        assertThat(targets.resolve("93.184.216.34")).extracting(java.net.InetAddress::getHostAddress)
                .containsExactly("93.184.216.34");
        assertThatThrownBy(() -> targets.resolve("127.0.0.1")).isInstanceOf(CallbackTargets.RefusedTargetException.class)
                .hasMessageContaining("internal address");
    }

    @Test
    void theSchemeIsReadWhateverItsCaseAndNothingButHttpIsTaken() {
        assertThat(targets.problems("HTTPS://93.184.216.34/cb")).isEmpty();
        for (String url : List.of("javascript:alert(1)", "gopher://93.184.216.34/", "ws://93.184.216.34/", "//93.184.216.34/",
                "93.184.216.34/cb", "mailto:a@b.c")) {
            assertThat(targets.problems(url)).as(url).containsExactly("must be an http or https URL");
        }
    }

    @Test
    void internalHostNamesAreRefusedWhateverTheirCase() {
        for (String url : List.of("http://LOCALHOST/", "http://Api.LocalHost/", "http://redis.cluster.internal:6379/")) {
            assertThat(targets.problems(url)).as(url).containsExactly("is an internal host, which callbacks may not reach");
        }
    }

    @Test
    void theHostIsTheOneAfterTheUserInfo() {
        assertThat(targets.problems("http://93.184.216.34@127.0.0.1/")).singleElement().asString()
                .startsWith("resolves to an internal address (127.0.0.1)");
        assertThat(targets.problems("http://127.0.0.1@93.184.216.34/")).isEmpty();
    }

    @Test
    void theAllowListIsTrimmedAndCaseInsensitive() {
        CallbackTargets allowing = new CallbackTargets(List.of(" LocalHost ", "10.0.0.5"));
        assertThat(allowing.problems("http://localhost/cb")).isEmpty();
        assertThat(allowing.problems("http://other.internal/cb")).isNotEmpty();
        assertThat(allowing.problems("http://10.0.0.5/cb")).isEmpty();
        assertThat(allowing.problems("http://10.0.0.6/cb")).isNotEmpty();
    }

    @Test
    void theInternalRangesEndWhereTheyEnd() throws Exception {
        for (String address : List.of("9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0", "172.15.255.255",
                "172.32.0.0", "169.253.0.1", "192.167.255.255", "192.169.0.0", "192.0.1.1", "198.17.255.255",
                "198.20.0.0", "223.255.255.255", "2001:db8::1", "2002:5db8:d822::", "64:ff9b::5db8:d822")) {
            assertThat(CallbackTargets.internal(java.net.InetAddress.getByName(address))).as(address).isFalse();
        }
        for (String address : List.of("0.1.2.3", "100.64.0.0", "100.127.255.255", "172.16.0.0", "172.31.255.255",
                "192.0.0.8", "198.19.255.255", "100::1", "fe80::1")) {
            assertThat(CallbackTargets.internal(java.net.InetAddress.getByName(address))).as(address).isTrue();
        }
    }
}
