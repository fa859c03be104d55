package dev.judge.compile.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which file a Java source goes to, and which compiled class a program starts from. */
class JvmMainClassTest {

    /** A class with a main method, read as bytes from the test's own class files. */
    static final class Starts {
        public static void main(String[] args) {
            // only its class file is read
        }
    }

    /** A class with a main method that is not static. */
    static final class InstanceMain {
        public void main(String[] args) {
            // only its class file is read
        }
    }

    private static byte[] classFile(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        }
    }

    @Test
    void thePublicTopLevelTypeNamesTheSourceFile() {
        assertThat(JvmMainClass.sourceFileName("import java.util.*;\npublic class Different {\n}", "Main.java"))
                .isEqualTo("Different.java");
        assertThat(JvmMainClass.sourceFileName("// public class Commented\npublic final class Solution {}", "Main.java"))
                .isEqualTo("Solution.java");
        assertThat(JvmMainClass.sourceFileName("class Helper {}\nclass Main {}", "Main.java")).isEqualTo("Main.java");
    }

    @Test
    void theClassDeclaringAStaticMainIsFoundWhateverItsName() throws IOException {
        byte[] starts = classFile(Starts.class);
        byte[] instance = classFile(InstanceMain.class);
        assertThat(JvmMainClass.hasMain(starts)).isTrue();
        assertThat(JvmMainClass.hasMain(instance)).isFalse();
        assertThat(JvmMainClass.hasMain(new byte[] {1, 2, 3})).isFalse();
        assertThat(JvmMainClass.find(Map.of("Helper.class", instance, "Different.class", starts), "Main")).contains("Different");
        assertThat(JvmMainClass.find(Map.of("Main.class", starts, "Different.class", starts), "Different")).contains("Main");
        assertThat(JvmMainClass.find(Map.of("A.class", starts, "B.class", starts), "B")).contains("B");
        assertThat(JvmMainClass.find(Map.of("Helper.class", instance), "Main")).isEmpty();
    }
}
