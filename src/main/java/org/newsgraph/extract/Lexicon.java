package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words and cues of one language that the extract stage uses, one named list per file under
 * {@code src/main/resources/org/newsgraph/lang/<language>/} ({@code speech-verbs.txt},
 * {@code kinship.txt}, {@code events.tsv}, ...): one entry per line, {@code #} starts a comment.
 * A file's header says whether its entries are words or regular-expression alternatives.
 *
 * <p>Users extend it without rebuilding: a directory named by the system property
 * {@code newsgraph.lexicon} (or the environment variable {@code NEWSGRAPH_LEXICON}) may hold
 * files of the same names; their lines are added to the bundled list, and a line {@code -word}
 * removes {@code word}. Immutable and thread-safe; lists are read on first use.
 */
public final class Lexicon {

    private static final String BASE = "/org/newsgraph/lang/";
    private static final Lexicon ENGLISH = of("en", extensionDirectory());

    private final String language;
    private final Path extensions;
    private final Set<String> emptied;
    /** Entries left out of a list: for checking that tests pin every row of a table. */
    private final Map<String, Set<String>> removed;
    private final Map<String, List<String>> lists = new ConcurrentHashMap<>();

    private Lexicon(String language, Path extensions, Set<String> emptied, Map<String, Set<String>> removed) {
        this.language = language;
        this.extensions = extensions;
        this.emptied = Set.copyOf(emptied);
        this.removed = Map.copyOf(removed);
    }

    /** The bundled English lexicon with the user's extensions, if any. */
    public static Lexicon english() {
        return ENGLISH;
    }

    /** The bundled lexicon of {@code language}, extended by the files in {@code extensions} (may be null). */
    public static Lexicon of(String language, Path extensions) {
        return new Lexicon(language, extensions, Set.of(), Map.of());
    }

    /** This lexicon with the list {@code name} empty: for checking that tests pin every list. */
    public Lexicon emptied(String name) {
        Set<String> e = new LinkedHashSet<>(emptied);
        e.add(name);
        return new Lexicon(language, extensions, e, removed);
    }

    /** This lexicon without one entry (a line, e.g. a table row) of list {@code name}. */
    public Lexicon without(String name, String entry) {
        Map<String, Set<String>> r = new java.util.HashMap<>(removed);
        Set<String> s = new LinkedHashSet<>(r.getOrDefault(name, Set.of()));
        s.add(entry);
        r.put(name, Set.copyOf(s));
        return new Lexicon(language, extensions, emptied, r);
    }

    /** The entries of list {@code name} ({@code name.txt}, or {@code name.tsv} for tables), in file order. */
    public List<String> entries(String name) {
        return lists.computeIfAbsent(name, this::read);
    }

    /** The entries of list {@code name} as a set of exact strings. */
    public Set<String> words(String name) {
        return Set.copyOf(entries(name));
    }

    /** The entries of {@code name} as one regular-expression group of alternatives; an empty list matches nothing. */
    public String alternation(String name) {
        List<String> e = entries(name);
        return e.isEmpty() ? "(?!)" : "(?:" + String.join("|", e) + ")";
    }

    /** The rows of table {@code name} ({@code name.tsv}), split at tabs. */
    public List<String[]> table(String name) {
        return entries(name).stream().map(l -> l.split("\t", -1)).toList();
    }

    private List<String> read(String name) {
        if (emptied.contains(name)) {
            return List.of();
        }
        String file = name.contains(".") ? name : name + ".txt";
        String resource = BASE + language + "/" + file;
        List<String> out;
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": no such lexicon file");
            }
            out = lines(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read: " + e.getMessage(), e);
        }
        Path extra = extensions == null ? null : extensions.resolve(file);
        if (extra != null && Files.isRegularFile(extra)) {
            try (InputStream in = Files.newInputStream(extra)) {
                for (String l : lines(in, extra.toString())) {
                    if (l.startsWith("-")) {
                        out.remove(l.substring(1));
                    } else if (!out.contains(l)) {
                        out.add(l);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(extra + ": cannot read lexicon extension: " + e.getMessage(), e);
            }
        }
        out.removeAll(removed.getOrDefault(name, Set.of()));
        return List.copyOf(out);
    }

    /** The non-blank lines of a list file without {@code #} comments or surrounding spaces (tabs inside kept). */
    static List<String> lines(InputStream in, String name) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    private static Path extensionDirectory() {
        String dir = System.getProperty("newsgraph.lexicon", System.getenv("NEWSGRAPH_LEXICON"));
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }
}
