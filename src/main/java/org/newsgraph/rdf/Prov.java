package org.newsgraph.rdf;

import static org.newsgraph.rdf.Vocab.term;

import org.apache.jena.graph.Node;

/** W3C PROV-O terms. */
public final class Prov {

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node Activity = term(NS, "Activity");
    public static final Node SoftwareAgent = term(NS, "SoftwareAgent");

    public static final Node wasGeneratedBy = term(NS, "wasGeneratedBy");
    public static final Node wasAssociatedWith = term(NS, "wasAssociatedWith");
    public static final Node startedAtTime = term(NS, "startedAtTime");
    public static final Node wasAttributedTo = term(NS, "wasAttributedTo");
    public static final Node wasDerivedFrom = term(NS, "wasDerivedFrom");

    private Prov() {
    }
}
