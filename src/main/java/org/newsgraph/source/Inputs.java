package org.newsgraph.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands command-line paths into inputs: files as given, directories recursively, "-" for stdin. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Inputs in a stable order. A path that does not exist is kept, so that reading it reports the
     * error in its turn without stopping the others. Inside directories, hidden files and sidecar
     * metadata ({@code NAME.json} beside another file) are skipped.
     */
    public static List<Input> expand(List<String> paths) {
        List<Input> out = new ArrayList<>();
        for (String p : paths) {
            if (Input.STDIN.equals(p)) {
                out.add(Input.stdin());
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                out.addAll(walk(path));
            } else {
                out.add(Input.of(path));
            }
        }
        return out;
    }

    private static List<Input> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !isHidden(dir.relativize(f)))
                    .filter(f -> !isSidecar(f))
                    .sorted()
                    .map(Input::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list directory: " + e.getMessage(), e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A {@code .json} file whose stem names another file in the same directory. */
    static boolean isSidecar(Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        String stem = name.substring(0, name.length() - ".json".length());
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            return siblings.anyMatch(s -> !s.equals(file) && stemOf(s.getFileName().toString()).equals(stem));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot list its directory: " + e.getMessage(), e);
        }
    }

    static String stemOf(String fileName) {
        String name = fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
