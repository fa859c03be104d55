package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.Test;

class RedisEndpointTest {

    @Test
    void oneNodeInLettucesFormIsAStandaloneServer() {
        RedisEndpoint e = RedisEndpoint.parse("redis://secret@127.0.0.1:6379");

        assertThat(e.cluster()).isFalse();
        assertThat(e.nodes()).singleElement().satisfies(n -> {
            assertThat(n.getHost()).isEqualTo("127.0.0.1");
            assertThat(n.getPort()).isEqualTo(6379);
            assertThat(n.getPassword()).containsExactly("secret".toCharArray());
        });
    }

    @Test
    void theClusterSchemeMakesEvenOneNodeACluster() {
        RedisEndpoint e = RedisEndpoint.parse("redis-cluster://127.0.0.1:7000");

        assertThat(e.cluster()).isTrue();
        assertThat(e.nodes()).extracting(RedisURI::getPort).containsExactly(7000);
    }

    @Test
    void severalNodesAreAClusterAndShareTheCredentialsAndOptions() {
        RedisEndpoint e = RedisEndpoint.parse("redis://user:secret@10.0.0.1:7000, 10.0.0.2:7001?timeout=5s");

        assertThat(e.cluster()).isTrue();
        assertThat(e.nodes()).extracting(RedisURI::getHost).containsExactly("10.0.0.1", "10.0.0.2");
        assertThat(e.nodes()).allSatisfy(n -> {
            assertThat(n.getUsername()).isEqualTo("user");
            assertThat(n.getPassword()).containsExactly("secret".toCharArray());
            assertThat(n.getTimeout()).hasSeconds(5);
        });
    }

    @Test
    void tlsClusterNodesUseTls() {
        RedisEndpoint e = RedisEndpoint.parse("rediss-cluster://p@a.example:6380,b.example:6380");

        assertThat(e.nodes()).allSatisfy(n -> assertThat(n.isSsl()).isTrue());
    }

    @Test
    void aSettingWithoutSchemeOrWithAnEmptyNodeIsRefusedWithoutItsPassword() {
        assertThatThrownBy(() -> RedisEndpoint.parse("127.0.0.1:6379")).hasMessageContaining("scheme");
        assertThatThrownBy(() -> RedisEndpoint.parse("redis-cluster://secret@a:1,,b:2"))
                .hasMessageContaining("empty node").hasMessageNotContaining("secret");
    }
}
