package org.newsgraph.rdf;

import static org.newsgraph.rdf.Vocab.term;

import org.apache.jena.graph.Node;

/** NLP Interchange Format (NIF 2.0 core) terms. */
public final class Nif {

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Node Context = term(NS, "Context");
    public static final Node Sentence = term(NS, "Sentence");
    public static final Node Phrase = term(NS, "Phrase");
    public static final Node RFC5147String = term(NS, "RFC5147String");

    public static final Node isString = term(NS, "isString");
    public static final Node beginIndex = term(NS, "beginIndex");
    public static final Node endIndex = term(NS, "endIndex");
    public static final Node anchorOf = term(NS, "anchorOf");
    public static final Node referenceContext = term(NS, "referenceContext");
    public static final Node sentence = term(NS, "sentence");
    public static final Node sourceUrl = term(NS, "sourceUrl");

    private Nif() {
    }
}
