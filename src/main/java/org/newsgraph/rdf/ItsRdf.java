package org.newsgraph.rdf;

import static org.newsgraph.rdf.Vocab.term;

import org.apache.jena.graph.Node;

/** Internationalization Tag Set (ITS 2.0) RDF terms, as NIF uses them for entity links. */
public final class ItsRdf {

    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    public static final Node taIdentRef = term(NS, "taIdentRef");
    public static final Node taClassRef = term(NS, "taClassRef");

    private ItsRdf() {
    }
}
