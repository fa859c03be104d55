package dev.judge.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryFlagsTest {

    @Test
    void valuesAreDecodedAndTheFirstOneCounts() {
        assertThat(QueryFlags.get("fields=stdout%2Cstatus&wait=true", "fields")).hasValue("stdout,status");
        assertThat(QueryFlags.get("tokens=a,b&tokens=c", "tokens")).hasValue("a,b");
        assertThat(QueryFlags.get("a+b=c+d", "a b")).hasValue("c d");
        assertThat(QueryFlags.get("wait", "wait")).hasValue("");
        assertThat(QueryFlags.get("other=1", "wait")).isEmpty();
        assertThat(QueryFlags.get((String) null, "wait")).isEmpty();
    }

    @Test
    void flagsAreTrueForEmptyTrueOrOne() {
        assertThat(QueryFlags.flag("wait", "wait")).isTrue();
        assertThat(QueryFlags.flag("wait=TRUE", "wait")).isTrue();
        assertThat(QueryFlags.flag("wait=1", "wait")).isTrue();
        assertThat(QueryFlags.flag("wait=false", "wait")).isFalse();
        assertThat(QueryFlags.flag("wait=yes", "wait")).isFalse();
        assertThat(QueryFlags.flag("base64_encoded=true", "wait")).isFalse();
    }

    @Test
    void namesAreDecodedAndMatchedExactly() {
        assertThat(QueryFlags.get("%77ait=1", "wait")).hasValue("1");
        assertThat(QueryFlags.get("Wait=1", "wait")).isEmpty();
        assertThat(QueryFlags.get("waiting=1", "wait")).isEmpty();
        assertThat(QueryFlags.get("", "wait")).isEmpty();
    }

    @Test
    void anEmptyValueIsGivenAndCountsAsAFlag() {
        assertThat(QueryFlags.get("wait=&fields=*", "wait")).hasValue("");
        assertThat(QueryFlags.flag("wait=", "wait")).isTrue();
        assertThat(QueryFlags.flag("wait=0", "wait")).isFalse();
    }

    @Test
    void aFlagGivenTwiceTakesItsFirstValue() {
        assertThat(QueryFlags.flag("wait=false&wait=true", "wait")).isFalse();
        assertThat(QueryFlags.flag("wait=true&wait=false", "wait")).isTrue();
    }
}
