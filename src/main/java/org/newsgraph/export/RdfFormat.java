package org.newsgraph.export;

/** The RDF serializations {@code export} writes. TriG, N-Quads and JSON-LD keep the named graphs. */
public enum RdfFormat {
    TURTLE, TRIG, NQUADS, JSONLD
}
