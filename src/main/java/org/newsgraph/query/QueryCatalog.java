package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The bundled queries, read from the {@code queries/} resource folder (in the jar or on disk). */
public final class QueryCatalog {

    private static final String FOLDER = "queries";
    private static final String ANCHOR = FOLDER + "/people.rq";

    private final List<BundledQuery> queries;

    private QueryCatalog(List<BundledQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The queries bundled with this build. */
    public static QueryCatalog bundled() {
        URL anchor = QueryCatalog.class.getClassLoader().getResource(ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("bundled queries missing from the classpath (" + ANCHOR + ")");
        }
        try {
            URI uri = anchor.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return new QueryCatalog(readFolder(Path.of(uri).getParent()));
            }
            // the jar the class loader holds open, its entries listed: a zip file system over the
            // jar would index all of its 26,000 entries first, a tenth of a quick command's time
            JarFile jar = ((JarURLConnection) anchor.openConnection()).getJarFile();
            List<BundledQuery> out = new ArrayList<>();
            for (JarEntry entry : jar.stream().filter(QueryCatalog::isBundledQuery)
                    .sorted(Comparator.comparing(JarEntry::getName)).toList()) {
                try (InputStream in = jar.getInputStream(entry)) {
                    out.add(parse(entry.getName().substring(FOLDER.length() + 1), in));
                }
            }
            return new QueryCatalog(out);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list bundled queries: " + e.getMessage(), e);
        }
    }

    /** A {@code .rq} file directly in the queries folder of the jar. */
    private static boolean isBundledQuery(JarEntry e) {
        String name = e.getName();
        return name.startsWith(FOLDER + "/") && name.endsWith(".rq") && name.indexOf('/', FOLDER.length() + 1) < 0;
    }

    private static List<BundledQuery> readFolder(Path folder) throws IOException {
        List<BundledQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(read(f));
            }
        }
        return out;
    }

    /** The {@code .rq} files of a folder on disk, in name order. */
    public static List<BundledQuery> readAll(Path folder) {
        try {
            return readFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list queries: " + e.getMessage(), e);
        }
    }

    /** Reads a query file from disk (a user's own {@code FILE.rq}). */
    public static BundledQuery read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read query: " + e.getMessage(), e);
        }
    }

    /** The query of a file named {@code fileName} ("people.rq" is the query "people"). */
    private static BundledQuery parse(String fileName, InputStream in) throws IOException {
        return BundledQuery.parse(fileName.replaceFirst("\\.rq$", ""), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    public List<BundledQuery> all() {
        return queries;
    }

    public Optional<BundledQuery> get(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
