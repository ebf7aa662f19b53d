package org.newsgraph.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;

/**
 * N-Quads files of whole articles as newsgraph writes them elsewhere (the Spark job's partitions,
 * {@code ingest --bulk --nquads}): each article's quads together, in its own graph and in graphs
 * named by fragments of its IRI (its sentences), the article's graph naming its content hash and
 * source. Gzipped when the file name ends in {@code .gz}, whatever the name before.
 */
final class ArticleNQuads {

    private ArticleNQuads() {
    }

    /** Parses {@code file} into {@code sink}. */
    static void parse(Path file, StreamRDF sink) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream quads = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in) {
            // the error reaches the user once, in the StoreException, not also in a log line
            RDFParser.source(quads).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(sink);
        } catch (NoSuchFileException e) {
            throw new StoreException(file + ": no such file", e);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new StoreException(file + ": not N-Quads: " + e.getMessage(), e);
        }
    }

    /** Sends each article of {@code file}, with all its quads, to {@code each}. */
    static void read(Path file, Consumer<ArticleGraph> each) {
        Grouper grouper = new Grouper(file, each);
        parse(file, grouper);
        grouper.flush();
    }

    /** Collects consecutive quads of one article. */
    private static final class Grouper extends StreamRDFBase {
        private final Path file;
        private final Consumer<ArticleGraph> each;
        private final List<Quad> quads = new ArrayList<>();
        private final Set<Node> graphs = new HashSet<>();
        private String article;
        private String hash;
        private String source;

        Grouper(Path file, Consumer<ArticleGraph> each) {
            this.file = file;
            this.each = each;
        }

        @Override
        public void quad(Quad q) {
            String uri = q.getGraph().isURI() ? q.getGraph().getURI() : null;
            if (uri == null || !uri.startsWith(NG.ARTICLE_BASE)) {
                throw new StoreException(file + ": a quad outside any article's graphs (" + q.getGraph()
                        + "): not N-Quads of articles written by newsgraph");
            }
            int hashMark = uri.indexOf('#');
            String of = hashMark < 0 ? uri : uri.substring(0, hashMark);
            if (!of.equals(article)) {
                flush();
                article = of;
            }
            quads.add(q);
            graphs.add(q.getGraph());
            if (q.getSubject().equals(q.getGraph())) {
                if (q.getPredicate().equals(NG.contentHash)) {
                    hash = q.getObject().getLiteralLexicalForm();
                } else if (q.getPredicate().equals(NG.sourceName)) {
                    source = q.getObject().getLiteralLexicalForm();
                }
            }
        }

        void flush() {
            if (article == null) {
                return;
            }
            if (hash == null) {
                throw new StoreException(file + ": article " + article + " has no content hash (ng:contentHash in its own "
                        + "graph): its quads are cut short or not together");
            }
            each.accept(new ArticleGraph(NodeFactory.createURI(article), hash, source, quads, graphs.size() - 1));
            quads.clear();
            graphs.clear();
            article = null;
            hash = null;
            source = null;
        }
    }
}
