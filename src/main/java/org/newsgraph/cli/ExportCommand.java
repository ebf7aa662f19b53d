package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.export.Provenance;
import org.newsgraph.export.RdfExporter;
import org.newsgraph.export.RdfFormat;
import org.newsgraph.export.TableExporter;
import org.newsgraph.export.VisualExporter;
import org.newsgraph.export.VisualFormat;
import org.newsgraph.export.VisualGraph;
import org.newsgraph.export.VisualGraphBuilder;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the graph as RDF, or as entities and relations for graph visualizers.",
                "trig, nquads and jsonld keep the per-sentence graphs; turtle has no graphs, so "
                        + "--provenance reified adds one rdf:Statement per fact and source sentence (ng:extractedFrom).",
                "graphml (yEd, Gephi), gexf (Gephi), cytoscape (Cytoscape.js JSON), dot (Graphviz) and html "
                        + "(a self-contained explorer page) draw entities as nodes (label, type, mention count) and "
                        + "relations, event links and same-sentence co-occurrences as edges (label, kind, weight = "
                        + "number of supporting sentences); the filters below apply to them.",
                "tables writes CSV files into the directory -o names (articles, entities, mentions, relations, "
                        + "events, event_participants, claims; schema in docs/tables.md)."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--format", defaultValue = "trig",
            paramLabel = "turtle|trig|nquads|jsonld|graphml|gexf|cytoscape|dot|html|tables",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--provenance", defaultValue = "none", paramLabel = "none|reified",
            description = "For turtle: keep each fact's source sentences as reified statements (default: ${DEFAULT-VALUE}).")
    String provenance;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path output;

    @Option(names = "--events", description = "Visualizer formats: draw events and their participants as nodes too.")
    boolean events;

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Visualizer formats: only these node types (person, organization, place, event, thing).")
    List<String> types = List.of();

    @Option(names = "--min-mentions", defaultValue = "0", paramLabel = "N",
            description = "Visualizer formats: only nodes mentioned at least N times (events: trigger words).")
    int minMentions;

    @Option(names = "--article", paramLabel = "IRI|URL|SOURCE",
            description = "Visualizer formats: only what one article says (article IRI, URL or source name).")
    String article;

    @Option(names = "--around", paramLabel = "ENTITY",
            description = "Visualizer formats: only the neighbourhood of ENTITY (IRI or name), see --depth.")
    String around;

    @Option(names = "--depth", defaultValue = "1", paramLabel = "N",
            description = "With --around: how many relations away from ENTITY (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--edges", split = ",", paramLabel = "KIND", defaultValue = "relation,event,cooccurrence",
            description = {"Visualizer formats: the edge kinds drawn (default: ${DEFAULT-VALUE}): relation (what the "
                    + "text states: member of, position, contained in, event roles), event (agent -> patient of an "
                    + "event, labelled with its class), cooccurrence (named in the same sentence, undirected), "
                    + "mention (article -> entity, with --articles); 'none' for nodes only."})
    List<String> edges;

    @Option(names = "--min-weight", defaultValue = "1", paramLabel = "N",
            description = "Visualizer formats: only co-occurrences seen in at least N sentences (default: ${DEFAULT-VALUE}).")
    int minWeight;

    @Option(names = "--articles", description = "Visualizer formats: draw the articles as nodes too, linked to the "
            + "entities they name (mention edges).")
    boolean articleNodes;

    @Option(names = "--sources", defaultValue = "3", paramLabel = "N",
            description = "For html: source sentences embedded per edge and per node (default: ${DEFAULT-VALUE}).")
    int sources;

    @Override
    public Integer call() throws IOException {
        if (format.equalsIgnoreCase("tables")) {
            return tables();
        }
        VisualFormat visual = visualFormat(format);
        RdfFormat rdfFormat = null;
        Provenance prov = null;
        VisualGraphBuilder.Options options = null;
        if (visual == null) {
            String all = Stream.concat(Arrays.stream(RdfFormat.values()), Arrays.stream(VisualFormat.values()))
                    .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|")) + "|tables";
            if (Arrays.stream(RdfFormat.values()).noneMatch(f -> f.name().equalsIgnoreCase(format))) {
                throw new IllegalArgumentException("--format: '" + format + "' is not one of " + all);
            }
            rdfFormat = Enums.parse(RdfFormat.class, format, "--format");
            prov = Enums.parse(Provenance.class, provenance, "--provenance");
        } else {
            options = options(visual);
        }
        try (GraphStore store = main.openExistingGraphStore()) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(main.stdout());
                write(store, rdfFormat, prov, visual, options, out);
                out.flush();
                return ExitCodes.OK;
            }
            // write beside the target and move at the end, so a failed export never leaves half a file
            Path parent = output.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(parent, ".newsgraph-export", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                write(store, rdfFormat, prov, visual, options, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            readableByAll(tmp);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (UncheckedIOException e) {
            throw new IOException((output == null ? "stdout" : output) + ": " + e.getMessage(), e);
        }
        return ExitCodes.OK;
    }

    private int tables() throws IOException {
        if (output == null) {
            throw new IllegalArgumentException("--format tables writes several files: give the directory with -o DIR");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new IllegalArgumentException(output + ": --format tables needs a directory, this is a file");
        }
        try (GraphStore store = main.openGraphStore()) {
            for (Path file : new TableExporter().export(store, output)) {
                readableByAll(file);
            }
        }
        return ExitCodes.OK;
    }

    private static void write(GraphStore store, RdfFormat rdfFormat, Provenance prov, VisualFormat visual,
                              VisualGraphBuilder.Options options, OutputStream out) throws IOException {
        if (visual == null) {
            new RdfExporter().export(store, rdfFormat, prov, out);
            return;
        }
        VisualGraph graph = new VisualGraphBuilder().build(store, options);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        new VisualExporter().write(graph, visual, writer);
        writer.flush();
    }

    private static VisualFormat visualFormat(String name) {
        for (VisualFormat f : VisualFormat.values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    private VisualGraphBuilder.Options options(VisualFormat visual) {
        Set<VisualGraph.Kind> kinds = EnumSet.noneOf(VisualGraph.Kind.class);
        for (String t : types) {
            if (!t.isBlank()) {
                kinds.add(Enums.parse(VisualGraph.Kind.class, t.strip(), "--type"));
            }
        }
        if (minMentions < 0 || depth < 0 || sources < 0 || minWeight < 1) {
            throw new IllegalArgumentException("--min-mentions, --depth and --sources take a number >= 0, --min-weight >= 1");
        }
        Set<VisualGraph.EdgeKind> edgeKinds = EnumSet.noneOf(VisualGraph.EdgeKind.class);
        for (String e : edges) {
            if (!e.isBlank() && !e.strip().equalsIgnoreCase("none")) {
                edgeKinds.add(Enums.parse(VisualGraph.EdgeKind.class, e.strip(), "--edges"));
            }
        }
        if (articleNodes && edges.stream().noneMatch(e -> e.strip().equalsIgnoreCase("none"))) {
            edgeKinds.add(VisualGraph.EdgeKind.MENTION);
        }
        boolean withEvents = events || kinds.contains(VisualGraph.Kind.EVENT) || kinds.contains(VisualGraph.Kind.THING);
        return new VisualGraphBuilder.Options(kinds, withEvents, minMentions, article, around, depth,
                visual == VisualFormat.HTML ? sources : 0, edgeKinds, minWeight, articleNodes);
    }

    /** Temporary files are private (0600); an export is an ordinary file (0644). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
