package org.newsgraph.rdf;

import static org.newsgraph.rdf.Vocab.term;

import org.apache.jena.graph.Node;

/**
 * schema.org terms in their {@code http://} form, as Wikidata and DBpedia use them (Jena's
 * {@code SchemaDO} uses {@code https://}, which queries written for the common form would miss).
 */
public final class Schema {

    public static final String NS = "http://schema.org/";

    public static final Node Person = term(NS, "Person");
    public static final Node Organization = term(NS, "Organization");
    public static final Node Place = term(NS, "Place");
    public static final Node Event = term(NS, "Event");
    public static final Node NewsArticle = term(NS, "NewsArticle");
    public static final Node Thing = term(NS, "Thing");
    public static final Node GeoCoordinates = term(NS, "GeoCoordinates");

    public static final Node jobTitle = term(NS, "jobTitle");
    public static final Node roleName = term(NS, "roleName");
    public static final Node memberOf = term(NS, "memberOf");
    public static final Node containedInPlace = term(NS, "containedInPlace");
    public static final Node location = term(NS, "location");
    public static final Node startDate = term(NS, "startDate");
    public static final Node endDate = term(NS, "endDate");
    public static final Node superEvent = term(NS, "superEvent");
    public static final Node instrument = term(NS, "instrument");

    public static final Node headline = term(NS, "headline");
    public static final Node datePublished = term(NS, "datePublished");
    public static final Node dateModified = term(NS, "dateModified");
    public static final Node publisher = term(NS, "publisher");
    public static final Node url = term(NS, "url");
    public static final Node author = term(NS, "author");
    public static final Node name = term(NS, "name");
    public static final Node familyName = term(NS, "familyName");
    public static final Node inLanguage = term(NS, "inLanguage");
    public static final Node articleSection = term(NS, "articleSection");
    public static final Node sameAs = term(NS, "sameAs");
    public static final Node geo = term(NS, "geo");
    public static final Node latitude = term(NS, "latitude");
    public static final Node longitude = term(NS, "longitude");

    private Schema() {
    }
}
