package dev.judge.compile.build;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a Java program starts from, as DOMjudge does: the file its public top-level class
 * needs (javac wants {@code Different.java} for {@code public class Different}), and, once compiled,
 * the class that declares {@code public static void main(String[])}, whatever it is called.
 */
final class JvmMainClass {

    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^\\s*public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record)\\s+([A-Za-z_$][A-Za-z0-9_$]*)");
    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_STATIC = 0x0008;

    private JvmMainClass() {
    }

    /** The file a single Java source must be written to: its public top-level type's, else {@code fallback}. */
    static String sourceFileName(String source, String fallback) {
        Matcher m = PUBLIC_TYPE.matcher(stripComments(source));
        return m.find() ? m.group(1) + ".java" : fallback;
    }

    /**
     * The class to start among compiled classes (by file name): {@code Main} when it has a main
     * method, else the one named after the entry file, else the first by name that has one.
     */
    static Optional<String> find(Map<String, byte[]> classFiles, String entryStem) {
        TreeMap<String, byte[]> sorted = new TreeMap<>(classFiles);
        List<String> withMain = sorted.entrySet().stream().filter(e -> e.getKey().endsWith(".class"))
                .filter(e -> hasMain(e.getValue())).map(e -> e.getKey().substring(0, e.getKey().length() - 6)).toList();
        if (withMain.contains("Main")) {
            return Optional.of("Main");
        }
        if (withMain.contains(entryStem)) {
            return Optional.of(entryStem);
        }
        return withMain.stream().filter(n -> !n.contains("$")).findFirst();
    }

    /** Whether a class file declares {@code public static void main(String[])}. */
    static boolean hasMain(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                return false;
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> {
                        return false;
                    }
                }
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.readUnsignedShort();
            skip(in, in.readUnsignedShort() * 2L);
            int fields = in.readUnsignedShort();
            for (int f = 0; f < fields; f++) {
                in.readUnsignedShort();
                in.readUnsignedShort();
                in.readUnsignedShort();
                skipAttributes(in);
            }
            int methods = in.readUnsignedShort();
            for (int m = 0; m < methods; m++) {
                int access = in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                String descriptor = utf8[in.readUnsignedShort()];
                skipAttributes(in);
                if ("main".equals(name) && "([Ljava/lang/String;)V".equals(descriptor)
                        && (access & (ACC_PUBLIC | ACC_STATIC)) == (ACC_PUBLIC | ACC_STATIC)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            skip(in, in.readInt() & 0xFFFFFFFFL);
        }
    }

    private static void skip(DataInputStream in, long bytes) throws IOException {
        in.skipNBytes(bytes);
    }

    private static String stripComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    }
}
