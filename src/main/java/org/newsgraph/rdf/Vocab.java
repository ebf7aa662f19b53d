package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Shared helper for the vocabulary classes: one namespace, terms made from local names. */
final class Vocab {

    private Vocab() {
    }

    static Node term(String namespace, String local) {
        return NodeFactory.createURI(namespace + local);
    }
}
