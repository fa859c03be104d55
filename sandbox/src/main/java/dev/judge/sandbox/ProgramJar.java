package dev.judge.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A jar of some of this service's own classes, for a program of ours that runs in a box (a
 * training program, a compile server). Written next to its final name and moved into place, so a
 * box never sees half a jar; readable by the box users.
 */
public final class ProgramJar {

    private ProgramJar() {
    }

    public static void write(Path jar, Class<?>... classes) throws IOException {
        Files.createDirectories(jar.getParent());
        Path tmp = Files.createTempFile(jar.getParent(), "program", ".jar");
        try (OutputStream out = Files.newOutputStream(tmp); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (Class<?> type : classes) {
                String entry = type.getName().replace('.', '/') + ".class";
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    if (in == null) {
                        throw new IOException("class " + type.getName() + " is not on the class path as a file");
                    }
                    jarOut.putNextEntry(new JarEntry(entry));
                    in.transferTo(jarOut);
                    jarOut.closeEntry();
                }
            }
        }
        tmp.toFile().setReadable(true, false);
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
