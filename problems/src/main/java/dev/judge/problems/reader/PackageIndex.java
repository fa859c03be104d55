package dev.judge.problems.reader;

import dev.judge.problems.InvalidPackageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A package's checked names: every file by its path from the package root, mapped to the source entry
 * that holds its bytes (a link's path maps to its target's entry). Built from the raw entries: unsafe
 * names and duplicates are issues; a single top folder is dropped; links are resolved inside the package
 * and refused when they leave it.
 */
final class PackageIndex {

    private static final int MAX_LINK_HOPS = 40;
    private static final int MAX_LINK_BYTES = 4096;
    /** The specification's names; others (a leading dot or dash: .git, .gitignore) are treated as absent. */
    private static final java.util.regex.Pattern VALID_NAME = java.util.regex.Pattern.compile(
            "[a-zA-Z0-9_][a-zA-Z0-9_.-]{0,254}");

    private final TreeMap<String, String> files = new TreeMap<>();
    private final TreeSet<String> directories = new TreeSet<>();
    private final String topFolder;

    private PackageIndex(String topFolder) {
        this.topFolder = topFolder;
    }

    /** Indexes the source's entries; issues go to {@code issues}, and too many entries stop at once. */
    static PackageIndex of(PackageSource source, ReaderSettings settings, Budget budget, Issues issues)
            throws IOException, InvalidPackageException {
        List<PackageSource.Entry> entries = source.entries();
        if (entries.size() > settings.maxFiles()) {
            throw issues.fatal(Issues.PACKAGE, "more than " + settings.maxFiles() + " files");
        }
        Map<String, PackageSource.Entry> byPath = new HashMap<>();
        List<String> paths = new ArrayList<>();
        for (PackageSource.Entry entry : entries) {
            Optional<String> path = normalize(entry.name());
            if (path.isEmpty()) {
                issues.add(entry.name(), "path outside the package");
                continue;
            }
            if (path.get().isEmpty()) {
                continue;
            }
            PackageSource.Entry earlier = byPath.putIfAbsent(path.get(), entry);
            if (earlier != null && !(earlier.kind() == PackageSource.Kind.DIRECTORY
                    && entry.kind() == PackageSource.Kind.DIRECTORY)) {
                issues.add(path.get(), "duplicate name in the package");
                continue;
            }
            paths.add(path.get());
        }
        String top = topFolder(byPath);
        PackageIndex index = new PackageIndex(top);
        Map<String, String> links = new TreeMap<>();
        for (String path : paths) {
            PackageSource.Entry entry = byPath.get(path);
            String inside = top == null ? path : path.substring(top.length() + 1);
            if (top != null && path.equals(top)) {
                continue;
            }
            switch (entry.kind()) {
                case FILE -> index.files.put(inside, entry.name());
                case DIRECTORY -> index.directories.add(inside);
                case SYMLINK -> links.put(inside, target(source, budget, entry.name()));
            }
            index.addParents(inside);
        }
        index.resolve(links, issues);
        return index;
    }

    /** The single top folder all entries are in, when {@code problem.yaml} is not at the root. */
    private static String topFolder(Map<String, PackageSource.Entry> byPath) {
        if (byPath.containsKey("problem.yaml")) {
            return null;
        }
        String top = null;
        for (String path : byPath.keySet()) {
            String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            boolean folder = path.contains("/") || byPath.get(path).kind() == PackageSource.Kind.DIRECTORY;
            if (!folder || (top != null && !top.equals(first))) {
                return null;
            }
            top = first;
        }
        return top;
    }

    private static String target(PackageSource source, Budget budget, String name) throws IOException {
        try (InputStream in = budget.count(source.open(name))) {
            return new String(in.readNBytes(MAX_LINK_BYTES), StandardCharsets.UTF_8);
        }
    }

    /** The path with {@code .} and empty segments removed; empty when it is absolute or climbs out. */
    static Optional<String> normalize(String name) {
        if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.remove(segments.size() - 1);
            } else {
                segments.add(segment);
            }
        }
        return Optional.of(String.join("/", segments));
    }

    private void addParents(String path) {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            directories.add(path.substring(0, slash));
        }
    }

    /** Resolves links to files or directories inside the package, in rounds for links through links. */
    private void resolve(Map<String, String> links, Issues issues) {
        Map<String, String> pending = new TreeMap<>(links);
        for (int round = 0; round < MAX_LINK_HOPS && !pending.isEmpty(); round++) {
            Map<String, String> next = new TreeMap<>();
            for (Map.Entry<String, String> link : pending.entrySet()) {
                String path = link.getKey();
                String parent = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
                Optional<String> target = link.getValue().startsWith("/") ? Optional.empty()
                        : normalize(parent + link.getValue());
                if (target.isEmpty()) {
                    issues.add(path, "link to '" + link.getValue() + "' leaves the package");
                } else if (files.containsKey(target.get())) {
                    files.put(path, files.get(target.get()));
                } else if (directories.contains(target.get()) && !isUnder(path, target.get())) {
                    String prefix = target.get() + "/";
                    for (Map.Entry<String, String> file : new ArrayList<>(files.tailMap(prefix).entrySet())) {
                        if (!file.getKey().startsWith(prefix)) {
                            break;
                        }
                        String linked = path + "/" + file.getKey().substring(prefix.length());
                        files.put(linked, file.getValue());
                        addParents(linked);
                    }
                    directories.add(path);
                } else {
                    next.put(path, link.getValue());
                }
            }
            if (next.size() == pending.size()) {
                next.forEach((path, target) -> issues.add(path, "link to '" + target + "' points at nothing in the package"));
                return;
            }
            pending = next;
        }
        pending.forEach((path, target) -> issues.add(path, "link to '" + target + "' is part of a loop"));
    }

    private static boolean isUnder(String path, String directory) {
        return path.equals(directory) || path.startsWith(directory + "/");
    }

    /** The single top folder the package was in, if any. */
    Optional<String> topFolder() {
        return Optional.ofNullable(topFolder);
    }

    boolean isFile(String path) {
        return files.containsKey(path);
    }

    boolean isDirectory(String path) {
        return path.isEmpty() || directories.contains(path);
    }

    /** The source entry holding the file's bytes. */
    String source(String path) {
        return files.get(path);
    }

    /** The names directly in a directory (files and directories), in lexicographic order, ignored names left out. */
    List<String> list(String directory) {
        String prefix = directory.isEmpty() ? "" : directory + "/";
        TreeSet<String> names = new TreeSet<>();
        for (String path : files.tailMap(prefix).keySet()) {
            if (!path.startsWith(prefix)) {
                break;
            }
            names.add(firstSegment(path.substring(prefix.length())));
        }
        for (String path : directories.tailSet(prefix)) {
            if (!path.startsWith(prefix)) {
                break;
            }
            names.add(firstSegment(path.substring(prefix.length())));
        }
        names.removeIf(name -> !VALID_NAME.matcher(name).matches());
        return List.copyOf(names);
    }

    /** Every file at or below a directory, paths relative to it, in order. */
    List<String> filesUnder(String directory) {
        String prefix = directory + "/";
        List<String> under = new ArrayList<>();
        for (String path : files.tailMap(prefix).keySet()) {
            if (!path.startsWith(prefix)) {
                break;
            }
            under.add(path.substring(prefix.length()));
        }
        return under;
    }

    private static String firstSegment(String relative) {
        int slash = relative.indexOf('/');
        return slash < 0 ? relative : relative.substring(0, slash);
    }
}
