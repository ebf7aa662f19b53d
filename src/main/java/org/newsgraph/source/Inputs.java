package org.newsgraph.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Expands command-line paths into inputs: files as given, directories recursively, "-" for stdin. */
public final class Inputs {

    /** The file types taken from a directory (a file named on the command line is read whatever its name). */
    public static final List<String> ARTICLE_SUFFIXES = List.of(".txt", ".text", ".html", ".htm", ".xhtml",
            ".txt.gz", ".html.gz", ".htm.gz", ".jsonl");

    private Inputs() {
    }

    /**
     * What a list of paths holds: the inputs in a stable order, and the files of other types left out
     * of directories.
     *
     * @param skipped the number of files left out for their type
     * @param skippedExamples the first few of them, for the message
     */
    public record Scan(List<Input> inputs, int skipped, List<String> skippedExamples) {

        /** One line about the files left out, or null when there were none. */
        public String skippedSummary() {
            if (skipped == 0) {
                return null;
            }
            return String.format(Locale.ROOT, "skipped %d file%s that %s not %s (e.g. %s)", skipped,
                    skipped == 1 ? "" : "s", skipped == 1 ? "is" : "are", String.join(", ", ARTICLE_SUFFIXES),
                    String.join(", ", skippedExamples));
        }
    }

    /** {@link #scan} without following links out of directories, keeping only the inputs. */
    public static List<Input> expand(List<String> paths) {
        return scan(paths, false).inputs();
    }

    /**
     * The inputs of {@code paths}. A path that does not exist is kept, so that reading it reports
     * the error in its turn without stopping the others; so is any entry of a directory that cannot
     * be read, a link out of the directory (unless {@code followLinks}) and a directory without
     * articles. Inside directories, hidden files, sidecar metadata ({@code NAME.json} beside another
     * file) and files of other types are left out; a JSON Lines file gives one input per line.
     */
    public static Scan scan(List<String> paths, boolean followLinks) {
        Collector c = new Collector();
        for (String p : paths) {
            if (Input.STDIN.equals(p)) {
                c.inputs.add(Input.stdin());
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                int before = c.inputs.size();
                c.walk(path, followLinks);
                if (c.inputs.size() == before) {
                    c.inputs.add(Input.failed(path, "no articles in this directory (no " + String.join(", ", ARTICLE_SUFFIXES)
                            + " files)"));
                }
            } else if (isJsonLines(path)) {
                c.lines(path);
            } else {
                c.inputs.add(Input.of(path));
            }
        }
        return new Scan(List.copyOf(c.inputs), c.skipped, List.copyOf(c.examples));
    }

    /** Collects inputs while walking. */
    private static final class Collector {
        private static final int EXAMPLES = 3;
        final List<Input> inputs = new ArrayList<>();
        final List<String> examples = new ArrayList<>();
        int skipped;

        void walk(Path dir, boolean followLinks) {
            Path root;
            try {
                root = dir.toRealPath();
            } catch (IOException e) {
                inputs.add(Input.failed(dir, "cannot read directory: " + reason(e)));
                return;
            }
            Set<Path> seen = new HashSet<>();
            List<Path> files = new ArrayList<>();
            try {
                Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                        if (!d.equals(dir) && isHidden(dir.relativize(d))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return admit(d) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                        if (isHidden(dir.relativize(f))) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isSymbolicLink()) {
                            inputs.add(Input.failed(f, "a broken symbolic link: skipped"));
                            return FileVisitResult.CONTINUE;
                        }
                        if (!attrs.isRegularFile() || !admit(f)) {
                            return FileVisitResult.CONTINUE;
                        }
                        files.add(f);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        // a link back to a directory being walked: its files are read already
                        if (!isHidden(dir.relativize(f)) && !(e instanceof FileSystemLoopException)) {
                            inputs.add(Input.failed(f, "cannot read: " + reason(e)));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    /** Whether to enter a link's target: inside the tree (or when asked), and once only. */
                    private boolean admit(Path p) throws IOException {
                        Path real;
                        try {
                            real = p.toRealPath();
                        } catch (IOException e) {
                            inputs.add(Input.failed(p, "cannot read: " + reason(e)));
                            return false;
                        }
                        if (!followLinks && !real.startsWith(root)) {
                            inputs.add(Input.failed(p, "a link to " + Input.printable(real.toString())
                                    + ", outside " + Input.printable(dir.toString()) + ": skipped (--follow-links reads it)"));
                            return false;
                        }
                        return seen.add(real);
                    }
                });
            } catch (IOException e) {
                inputs.add(Input.failed(dir, "cannot read directory: " + reason(e)));
            }
            files.sort(null);
            Set<Path> stems = new HashSet<>();
            for (Path f : files) {
                if (!isJson(f)) {
                    stems.add(f.resolveSibling(stemOf(f.getFileName().toString())));
                }
            }
            for (Path f : files) {
                if (isJson(f) && stems.contains(f.resolveSibling(stemOf(f.getFileName().toString())))) {
                    continue; // a sidecar: metadata of the article beside it
                }
                if (!hasArticleSuffix(f)) {
                    skipped++;
                    if (examples.size() < EXAMPLES) {
                        examples.add(Input.printable(f.getFileName().toString()));
                    }
                } else if (isJsonLines(f)) {
                    lines(f);
                } else {
                    inputs.add(Input.of(f));
                }
            }
        }

        /** One input per non-blank line of a JSON Lines file; one failed input when it cannot be read. */
        void lines(Path file) {
            List<Line> found;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                found = jsonLines(in);
            } catch (IOException e) {
                inputs.add(Input.failed(file, "cannot read: " + reason(e)));
                return;
            }
            if (found.isEmpty()) {
                inputs.add(Input.failed(file, EMPTY_JSON_LINES));
            }
            found.forEach(l -> inputs.add(Input.line(file, l.number(), l.offset(), l.length())));
        }
    }

    /** Why a JSON Lines file gives no input. */
    public static final String EMPTY_JSON_LINES = "empty file (no JSON lines)";

    /** A non-blank line of a JSON Lines file: its number (from 1), and where its bytes are. */
    public record Line(long number, long offset, long length) {
    }

    /** The non-blank lines of a JSON Lines file read from {@code in}, as {@code ingest} numbers them. */
    public static List<Line> jsonLines(InputStream in) throws IOException {
        List<Line> found = new ArrayList<>();
        long offset = 0;
        long start = 0;
        long line = 1;
        boolean blank = true;
        for (int b; (b = in.read()) >= 0; offset++) {
            if (b == '\n') {
                if (!blank) {
                    found.add(new Line(line, start, offset - start));
                }
                line++;
                start = offset + 1;
                blank = true;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                blank = false;
            }
        }
        if (!blank) {
            found.add(new Line(line, start, offset - start));
        }
        return found;
    }

    /** The reason of an I/O error, in words. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static boolean isJsonLines(Path file) {
        return file.getFileName() != null && isJsonLines(file.getFileName().toString());
    }

    /** Whether a file of this name is read as JSON Lines, one article a line. */
    public static boolean isJsonLines(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    private static boolean hasArticleSuffix(Path file) {
        return hasArticleSuffix(file.getFileName().toString());
    }

    /** Whether a file of this name is taken from a directory as an article (or JSON Lines of them). */
    public static boolean hasArticleSuffix(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return ARTICLE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    static String stemOf(String fileName) {
        String name = fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
