package org.newsgraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.rdf.ItsRdf;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Nif;
import org.newsgraph.rdf.Prov;
import org.newsgraph.rdf.Schema;
import org.newsgraph.store.GraphStore;

/**
 * Writes the store as RDF. TriG, N-Quads and JSON-LD stream quad by quad in index order; Turtle streams the
 * distinct triples of all graphs, optionally with one {@code rdf:Statement} per fact and source
 * sentence so the provenance survives a format without graphs.
 */
public final class RdfExporter {

    /** The prefixes every export declares. */
    public static PrefixMap prefixes() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("schema", Schema.NS);
        pm.add("nif", Nif.NS);
        pm.add("itsrdf", ItsRdf.NS);
        pm.add("prov", Prov.NS);
        pm.add("ng", NG.NS);
        pm.add("ngid", NG.ENTITY_BASE);
        pm.add("rdf", RDF.getURI());
        pm.add("rdfs", RDFS.getURI());
        pm.add("skos", SKOS.getURI());
        pm.add("xsd", XSD.getURI());
        pm.add("owl", OWL.getURI());
        pm.add("dcterms", DCTerms.getURI());
        return pm;
    }

    public void export(GraphStore store, RdfFormat format, Provenance provenance, OutputStream out) {
        store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            switch (format) {
                case TRIG -> streamQuads(dsg, RDFFormat.TRIG_BLOCKS, out);
                case NQUADS -> streamQuads(dsg, RDFFormat.NQUADS, out);
                case JSONLD -> JsonLdWriter.write(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY), prefixes(), out);
                case TURTLE -> turtle(dsg, provenance, out);
            }
            return null;
        });
    }

    private static void streamQuads(DatasetGraph dsg, RDFFormat format, OutputStream out) {
        StreamRDF sink = StreamRDFWriter.getWriterStream(out, format);
        sink.start();
        prefixes().forEach(sink::prefix);
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        it.forEachRemaining(sink::quad);
        sink.finish();
    }

    /**
     * The distinct triples of all graphs, in bounded memory: a triple about an entity can stand in
     * sentence graphs of many articles, so shared nodes are written one at a time (their triples
     * deduplicated per node); everything else belongs to one article and is deduplicated per
     * article. Memory grows with the largest node or article, plus the set of shared IRIs.
     */
    private static void turtle(DatasetGraph dsg, Provenance provenance, OutputStream out) {
        StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        sink.start();
        prefixes().forEach(sink::prefix);
        Set<Node> shared = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, NG.contentHash, Node.ANY).forEachRemaining(article -> {
            if (!article.getGraph().equals(article.getSubject())) {
                return;
            }
            Set<Triple> written = new HashSet<>();
            List<Node> graphs = new ArrayList<>(List.of(article.getSubject()));
            dsg.find(article.getSubject(), Node.ANY, RDF.type.asNode(), Nif.Sentence).forEachRemaining(q -> graphs.add(q.getSubject()));
            for (Node g : graphs) {
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (isShared(q.getSubject())) {
                        shared.add(q.getSubject());
                        return;
                    }
                    Triple t = q.asTriple();
                    if (written.add(t)) {
                        sink.triple(t);
                    }
                    if (provenance == Provenance.REIFIED && isSentenceGraph(q)) {
                        reify(sink, t, q.getGraph());
                    }
                });
            }
        });
        // the store's totals and timeline: nodes of their own, each described once, in that graph only
        for (Node g : List.of(Iris.TOTALS_GRAPH, Iris.TIMELINE_GRAPH)) {
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> sink.triple(q.asTriple()));
        }
        for (Node node : shared) {
            Set<Triple> written = new HashSet<>();
            dsg.find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(q -> {
                Triple t = q.asTriple();
                if (written.add(t)) {
                    sink.triple(t);
                }
                if (provenance == Provenance.REIFIED && isSentenceGraph(q)) {
                    reify(sink, t, q.getGraph());
                }
            });
        }
        sink.finish();
    }

    /** Entities, publishers and the software agent are described in many articles; article nodes in one. */
    private static boolean isShared(Node n) {
        return n.isURI() && !n.getURI().startsWith(NG.ARTICLE_BASE);
    }

    /** Sentence graphs are named {@code <article#char=b,e>}; the article's own graph is not. */
    private static boolean isSentenceGraph(Quad q) {
        return q.getGraph().isURI() && q.getGraph().getURI().contains("#char=");
    }

    private static void reify(StreamRDF sink, Triple t, Node sentence) {
        Node statement = NodeFactory.createBlankNode();
        sink.triple(Triple.create(statement, RDF.type.asNode(), RDF.Statement.asNode()));
        sink.triple(Triple.create(statement, RDF.subject.asNode(), t.getSubject()));
        sink.triple(Triple.create(statement, RDF.predicate.asNode(), t.getPredicate()));
        sink.triple(Triple.create(statement, RDF.object.asNode(), t.getObject()));
        sink.triple(Triple.create(statement, NG.extractedFrom, sentence));
    }
}
