package org.newsgraph.export;

/** The graph-visualizer formats {@code export} writes (entities and relations, not RDF). */
public enum VisualFormat {
    /** GraphML 1.0 (yEd, Gephi, Cytoscape desktop, NetworkX). */
    GRAPHML,
    /** GEXF 1.2 (Gephi). */
    GEXF,
    /** Cytoscape.js elements JSON (Cytoscape desktop imports it too). */
    CYTOSCAPE,
    /** Graphviz DOT. */
    DOT,
    /** One self-contained HTML page with an interactive explorer. */
    HTML
}
