package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.ItsRdf;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Nif;
import org.newsgraph.rdf.Schema;
import org.newsgraph.store.GraphStore;

/**
 * Flat CSV tables of the store for pandas, R and spreadsheets ({@code docs/tables.md} gives the
 * schema): articles, entities, mentions, relations, events, event participants and claims, one
 * file each, UTF-8, RFC 4180 quoting, a header row. Written in one read transaction, an article
 * at a time, so memory does not grow with the store; each file is written beside its final name
 * and moved into place when complete.
 */
public final class TableExporter {

    /** The tables written, in order: {@code NAME.csv} with these columns. */
    public static final Map<String, List<String>> TABLES = new java.util.LinkedHashMap<>();

    static {
        TABLES.put("articles", List.of("article", "headline", "date_published", "url", "publisher", "source_name", "sentences"));
        TABLES.put("entities", List.of("entity", "type", "label", "alt_labels", "mentions", "articles", "same_as",
                "latitude", "longitude", "phoenix_code"));
        TABLES.put("mentions", List.of("article", "sentence", "begin", "end", "text", "entity", "type"));
        TABLES.put("relations", List.of("subject", "subject_label", "predicate", "detail", "object", "object_label",
                "article", "sentence", "sentence_text"));
        TABLES.put("events", List.of("event", "article", "class", "cameo_code", "trigger", "start_date", "end_date",
                "time_text", "agents", "patients", "locations", "sentence_text"));
        TABLES.put("event_participants", List.of("event", "role", "participant", "participant_label", "participant_type"));
        TABLES.put("claims", List.of("article", "sentence", "sentence_text", "attributed_to", "attributed_label",
                "source_description", "certainty"));
    }

    private static final List<Node> ENTITY_CLASSES = List.of(Schema.Person, Schema.Organization, Schema.Place);
    private static final Map<Node, String> ROLES = Map.of(NG.agent, "agent", NG.patient, "patient",
            Schema.instrument, "instrument", Schema.location, "location");

    private final OntologyTerms ontology = new OntologyTerms();
    private final PrefixMap prefixes = RdfExporter.prefixes();

    /** Writes the tables into {@code dir} (created when missing); returns the files written. */
    public List<Path> export(GraphStore store, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Path> tmp = new java.util.LinkedHashMap<>();
        Map<String, Csv> out = new java.util.LinkedHashMap<>();
        try {
            for (Map.Entry<String, List<String>> t : TABLES.entrySet()) {
                Path file = Files.createTempFile(dir, "." + t.getKey(), ".csv.tmp");
                tmp.put(t.getKey(), file);
                Csv csv = new Csv(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
                csv.row(t.getValue());
                out.put(t.getKey(), csv);
            }
            store.read(ds -> {
                try {
                    write(ds.asDatasetGraph(), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
            for (Csv c : out.values()) {
                c.close();
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, Path> t : tmp.entrySet()) {
                Path target = dir.resolve(t.getKey() + ".csv");
                Files.move(t.getValue(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(target);
            }
            return written;
        } catch (IOException | RuntimeException e) {
            for (Csv c : out.values()) {
                c.closeQuietly(e);
            }
            for (Path p : tmp.values()) {
                Files.deleteIfExists(p);
            }
            throw e;
        }
    }

    private void write(DatasetGraph dsg, Map<String, Csv> out) throws IOException {
        Graph union = dsg.getUnionGraph();
        List<Node> articles = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Schema.NewsArticle).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) {
                articles.add(q.getSubject());
            }
        });
        articles.sort(Comparator.comparing(Node::getURI));
        for (Node a : articles) {
            article(dsg, union, a, out);
        }
        entities(dsg, union, out.get("entities"));
    }

    private void article(DatasetGraph dsg, Graph union, Node a, Map<String, Csv> out) throws IOException {
        List<Node> sentences = new ArrayList<>();
        dsg.find(a, Node.ANY, RDF.type.asNode(), Nif.Sentence).forEachRemaining(q -> sentences.add(q.getSubject()));
        sentences.sort(Comparator.comparingInt(s -> integer(dsg, a, s, Nif.beginIndex)));
        Node publisher = object(dsg, a, a, Schema.publisher);
        out.get("articles").row(List.of(a.getURI(), text(dsg, a, a, Schema.headline), text(dsg, a, a, Schema.datePublished),
                text(dsg, a, a, Schema.url), publisher == null ? "" : label(union, publisher), text(dsg, a, a, NG.sourceName),
                Integer.toString(sentences.size())));

        List<Quad> mentions = new ArrayList<>();
        dsg.find(a, Node.ANY, ItsRdf.taIdentRef, Node.ANY).forEachRemaining(mentions::add);
        mentions.sort(Comparator.comparingInt(q -> integer(dsg, a, q.getSubject(), Nif.beginIndex)));
        for (Quad m : mentions) {
            Node sentence = object(dsg, a, m.getSubject(), Nif.sentence);
            Node type = object(dsg, a, m.getSubject(), ItsRdf.taClassRef);
            out.get("mentions").row(List.of(a.getURI(), sentence == null ? "" : sentence.getURI(),
                    Integer.toString(integer(dsg, a, m.getSubject(), Nif.beginIndex)),
                    Integer.toString(integer(dsg, a, m.getSubject(), Nif.endIndex)), text(dsg, a, m.getSubject(), Nif.anchorOf),
                    m.getObject().getURI(), type == null ? "" : typeKey(type)));
        }

        Set<Node> events = new LinkedHashSet<>();
        for (Node s : sentences) {
            String sentenceText = text(dsg, a, s, Nif.anchorOf);
            Node source = object(dsg, a, s, NG.attributedTo);
            Node certainty = object(dsg, a, s, NG.certainty);
            out.get("claims").row(List.of(a.getURI(), s.getURI(), sentenceText, source == null ? "" : source.getURI(),
                    source == null ? "" : label(union, source), text(dsg, a, s, NG.sourceDescription),
                    certainty == null ? "" : OntologyTerms.words(certainty.getLocalName())));
            Iterator<Quad> facts = dsg.find(s, Node.ANY, Node.ANY, Node.ANY);
            while (facts.hasNext()) {
                Quad q = facts.next();
                if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().equals(Schema.Event)) {
                    events.add(q.getSubject());
                }
                relation(dsg, union, a, s, sentenceText, q, out.get("relations"));
            }
        }
        for (Node e : events) {
            event(dsg, union, a, e, out);
        }
    }

    /** A fact between two named entities (a position held, flattened to the organization, with its title). */
    private void relation(DatasetGraph dsg, Graph union, Node a, Node s, String sentenceText, Quad q, Csv out) throws IOException {
        if (!isEntity(q.getSubject())) {
            return;
        }
        Node object = q.getObject();
        String detail = "";
        if (q.getPredicate().equals(NG.holdsPosition)) {
            Node org = first(union, object, NG.positionIn);
            detail = literal(union, object, Schema.roleName);
            if (first(union, object, NG.former) != null && "true".equals(literal(union, object, NG.former))) {
                detail += " (former)";
            }
            object = org;
        }
        if (object == null || !isEntity(object)) {
            return;
        }
        out.row(List.of(q.getSubject().getURI(), label(union, q.getSubject()), prefixed(q.getPredicate()), detail,
                object.getURI(), label(union, object), a.getURI(), s.getURI(), sentenceText));
    }

    private void event(DatasetGraph dsg, Graph union, Node a, Node e, Map<String, Csv> out) throws IOException {
        Node cls = null;
        var types = union.find(e, RDF.type.asNode(), Node.ANY);
        while (types.hasNext()) {
            Node c = types.next().getObject();
            if (c.isURI() && c.getURI().startsWith(NG.NS)) {
                cls = c;
            }
        }
        Set<String> triggers = new TreeSet<>();
        String sentenceText = "";
        Iterator<Quad> t = dsg.find(Node.ANY, e, NG.trigger, Node.ANY);
        while (t.hasNext()) {
            Quad q = t.next();
            triggers.add(text(dsg, a, q.getObject(), Nif.anchorOf));
            if (sentenceText.isEmpty()) {
                sentenceText = text(dsg, a, q.getGraph(), Nif.anchorOf);
            }
        }
        Map<String, Set<String>> byRole = new java.util.HashMap<>();
        for (Map.Entry<Node, String> role : ROLES.entrySet()) {
            Set<Node> participants = new LinkedHashSet<>();
            union.find(e, role.getKey(), Node.ANY).forEachRemaining(x -> participants.add(x.getObject()));
            Set<String> names = new TreeSet<>();
            for (Node p : participants) {
                if (!p.isURI()) {
                    continue;
                }
                String name = label(union, p);
                names.add(name);
                out.get("event_participants").row(List.of(e.getURI(), role.getValue(), p.getURI(), name, participantType(union, p)));
            }
            byRole.put(role.getValue(), names);
        }
        out.get("events").row(List.of(e.getURI(), a.getURI(), cls == null ? "" : prefixed(cls), cls == null ? "" : ontology.cameo(cls),
                String.join("|", triggers), literal(union, e, Schema.startDate), literal(union, e, Schema.endDate),
                literal(union, e, NG.timeText), String.join("|", byRole.get("agent")), String.join("|", byRole.get("patient")),
                String.join("|", byRole.get("location")), sentenceText));
    }

    private void entities(DatasetGraph dsg, Graph union, Csv out) throws IOException {
        for (Node cls : ENTITY_CLASSES) {
            Set<Node> seen = new HashSet<>();
            List<Node> all = new ArrayList<>();
            union.find(Node.ANY, RDF.type.asNode(), cls).forEachRemaining(t -> {
                if (t.getSubject().isURI() && seen.add(t.getSubject())) {
                    all.add(t.getSubject());
                }
            });
            all.sort(Comparator.comparing(Node::getURI));
            for (Node e : all) {
                Set<String> alt = new TreeSet<>();
                union.find(e, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(x -> alt.add(x.getObject().getLiteralLexicalForm()));
                int mentions = 0;
                Set<Node> articles = new HashSet<>();
                Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, ItsRdf.taIdentRef, e);
                while (it.hasNext()) {
                    articles.add(it.next().getGraph());
                    mentions++;
                }
                Set<String> sameAs = new TreeSet<>();
                union.find(e, Schema.sameAs, Node.ANY).forEachRemaining(x -> sameAs.add(x.getObject().getURI()));
                Set<String> codes = new TreeSet<>();
                union.find(e, NG.phoenixCode, Node.ANY).forEachRemaining(x -> codes.add(x.getObject().getLiteralLexicalForm()));
                Node geo = first(union, e, Schema.geo);
                out.row(List.of(e.getURI(), typeKey(cls), label(union, e), String.join("|", alt), Integer.toString(mentions),
                        Integer.toString(articles.size()), String.join("|", sameAs),
                        geo == null ? "" : literal(union, geo, Schema.latitude), geo == null ? "" : literal(union, geo, Schema.longitude),
                        String.join("|", codes)));
            }
        }
    }

    private static String participantType(Graph union, Node p) {
        for (Node cls : List.of(Schema.Person, Schema.Organization, Schema.Place, Schema.Event, Schema.Thing)) {
            if (union.contains(p, RDF.type.asNode(), cls)) {
                return typeKey(cls);
            }
        }
        return "";
    }

    private String prefixed(Node iri) {
        String p = prefixes.abbreviate(iri.getURI());
        return p == null ? iri.getURI() : p;
    }

    private static String typeKey(Node cls) {
        return cls.getLocalName().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isEntity(Node n) {
        return n.isURI() && n.getURI().startsWith(NG.ENTITY_BASE);
    }

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String literal(Graph g, Node s, Node p) {
        Node o = first(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : "";
    }

    private static String label(Graph union, Node n) {
        String l = literal(union, n, RDFS.label.asNode());
        return l.isEmpty() ? literal(union, n, Schema.name) : l;
    }

    private static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String text(DatasetGraph dsg, Node g, Node s, Node p) {
        Node o = object(dsg, g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : "";
    }

    private static int integer(DatasetGraph dsg, Node g, Node s, Node p) {
        String t = text(dsg, g, s, p);
        try {
            return t.isEmpty() ? -1 : Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** An RFC 4180 CSV writer: fields with a comma, quote or line break are quoted, quotes doubled. */
    private static final class Csv {
        private final Writer out;

        Csv(BufferedWriter out) {
            this.out = out;
        }

        void row(List<String> fields) throws IOException {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                String f = fields.get(i);
                if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                    out.write('"');
                    out.write(f.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(f);
                }
            }
            out.write("\r\n");
        }

        void close() throws IOException {
            out.close();
        }

        void closeQuietly(Exception cause) {
            try {
                out.close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
