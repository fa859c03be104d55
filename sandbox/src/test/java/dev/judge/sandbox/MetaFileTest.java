package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetaFileTest {

    @Test
    void parsesIsolatesKeys() {
        MetaFile meta = MetaFile.parse("""
                time:0.105
                time-wall:0.107
                max-rss:70676
                cg-mem:65536
                cg-oom-killed:1
                exitsig:9
                status:SG
                message:Caught fatal signal 9: with a colon
                """);
        assertThat(meta.seconds("time")).isEqualTo(0.105);
        assertThat(meta.kilobytes("cg-mem")).isEqualTo(65536);
        assertThat(meta.flag("cg-oom-killed")).isTrue();
        assertThat(meta.integer("exitsig")).isEqualTo(9);
        assertThat(meta.integer("exitcode")).isNull();
        assertThat(meta.status()).isEqualTo("SG");
        assertThat(meta.values().get("message")).isEqualTo("Caught fatal signal 9: with a colon");
    }

    @Test
    void missingKeysReadAsZeroOrNull() {
        MetaFile meta = MetaFile.parse("");
        assertThat(meta.seconds("time")).isZero();
        assertThat(meta.status()).isNull();
        assertThat(meta.flag("killed")).isFalse();
    }
}
