package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;

class ArticleMapperTest {

    private static final ExtractionRun RUN = new ExtractionRun("newsgraph", "test", Instant.parse("2024-01-01T00:00:00Z"));

    private final Extraction albania = Fixtures.albania();
    private final ArticleGraph graph = new ArticleMapper().map(albania, RUN);

    private List<Quad> find(Node s, Node p, Node o) {
        return graph.quads().stream().filter(q -> (s == null || q.getSubject().equals(s))
                && (p == null || q.getPredicate().equals(p)) && (o == null || q.getObject().equals(o))).toList();
    }

    @Test
    void everyFactIsInTheGraphOfASentenceThatHoldsItsName() {
        Node cuci = Iris.entity("person/bledi-cuci");
        List<Quad> types = find(cuci, RDF.type.asNode(), Schema.Person);
        assertEquals(2, types.size(), "typed once per sentence that mentions him");
        for (Quad q : types) {
            Node sentence = q.getGraph();
            assertTrue(sentence.getURI().startsWith(graph.article().getURI() + "#char="));
            String text = find(sentence, Nif.anchorOf, null).get(0).getObject().getLiteralLexicalForm();
            assertTrue(text.contains("Cuci"), text);
        }
        List<Quad> labels = find(cuci, RDFS.label.asNode(), null);
        assertEquals(1, labels.size());
        assertEquals("Bledi Cuci", labels.get(0).getObject().getLiteralLexicalForm());
        assertEquals("Cuci", find(cuci, SKOS.altLabel.asNode(), null).get(0).getObject().getLiteralLexicalForm());
    }

    @Test
    void articleSentenceAndMentionDescriptionsLiveInTheArticleGraph() {
        Set<Node> described = Set.of(Schema.NewsArticle, Nif.Context, Nif.Sentence, Nif.Phrase);
        for (Quad q : graph.quads()) {
            if (q.getPredicate().equals(RDF.type.asNode()) && described.contains(q.getObject())) {
                assertEquals(graph.article(), q.getGraph(), q.toString());
            }
        }
        assertEquals(3, find(null, RDF.type.asNode(), Nif.Sentence).size());
    }

    @Test
    void mentionOffsetsAreCodePointsAndMatchTheAnchor() {
        String text = find(null, Nif.isString, null).get(0).getObject().getLiteralLexicalForm();
        for (Quad q : find(null, RDF.type.asNode(), Nif.Phrase)) {
            int begin = Integer.parseInt(find(q.getSubject(), Nif.beginIndex, null).get(0).getObject().getLiteralLexicalForm());
            int end = Integer.parseInt(find(q.getSubject(), Nif.endIndex, null).get(0).getObject().getLiteralLexicalForm());
            String anchor = find(q.getSubject(), Nif.anchorOf, null).get(0).getObject().getLiteralLexicalForm();
            int b = text.offsetByCodePoints(0, begin);
            assertEquals(anchor, text.substring(b, text.offsetByCodePoints(b, end - begin)));
            assertTrue(q.getSubject().getURI().endsWith("#char=" + begin + "," + end));
        }
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        Extraction x = Fixtures.extract(Fixtures.article(null, "\uD83D\uDCF0 Tirana is a city.", null),
                Map.of("Tirana", EntityType.PLACE));
        ArticleGraph g = new ArticleMapper().map(x, RUN);
        Node mention = NodeFactory.createURI(g.article().getURI() + "#char=2,8");
        assertTrue(g.quads().stream().anyMatch(q -> q.getSubject().equals(mention)), "emoji counts as one");
    }

    @Test
    void claimsDefaultToThePublisherAndSpeakersAndCitedSourcesAreEntities() {
        Node publisher = Iris.entity("organization/daily-paper");
        Node adn = Iris.entity("organization/albanian-daily-news");
        Node cuci = Iris.entity("person/bledi-cuci");
        Map<Node, Long> sources = find(null, NG.attributedTo, null).stream()
                .collect(Collectors.groupingBy(Quad::getObject, Collectors.counting()));
        assertEquals(Map.of(publisher, 1L, cuci, 1L, adn, 1L), sources);
        assertEquals(3, find(null, NG.certainty, null).size());
        assertFalse(find(graph.article(), Schema.publisher, publisher).isEmpty());
    }

    @Test
    void sentenceGraphsRecordTheRun() {
        for (Quad q : find(null, RDF.type.asNode(), Nif.Sentence)) {
            assertEquals(1, find(q.getSubject(), Prov.wasGeneratedBy, null).size());
        }
        assertEquals("test", find(null, NG.softwareVersion, null).get(0).getObject().getLiteralLexicalForm());
    }

    @Test
    void placesLinkToGeoNamesWithCoordinatesAndActorsGetPhoenixCodes() {
        Extraction x = Fixtures.extract(Fixtures.article(null, "Iran and Albania talked in Tirana. Iran agreed.", null),
                Map.of("Iran", EntityType.PLACE, "Albania", EntityType.PLACE, "Tirana", EntityType.PLACE));
        ArticleGraph g = new ArticleMapper().map(x, RUN);
        Node tirana = Iris.entity("place/tirana");
        List<Quad> same = g.quads().stream().filter(q -> q.getSubject().equals(tirana) && q.getPredicate().equals(Schema.sameAs)).toList();
        assertEquals(List.of(Iris.geonames(3183875)), same.stream().map(Quad::getObject).toList());
        Node coordinates = Iris.coordinates(3183875);
        assertTrue(g.quads().contains(Quad.create(same.get(0).getGraph(), tirana, Schema.geo, coordinates)), "in the same sentence graph");
        assertTrue(g.quads().stream().anyMatch(q -> q.getSubject().equals(coordinates) && q.getPredicate().equals(RDF.type.asNode())
                && q.getObject().equals(Schema.GeoCoordinates)));
        Node lat = g.quads().stream().filter(q -> q.getSubject().equals(coordinates) && q.getPredicate().equals(Schema.latitude))
                .findFirst().orElseThrow().getObject();
        assertEquals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal.getURI(), lat.getLiteralDatatypeURI());
        assertEquals(41.33, Double.parseDouble(lat.getLiteralLexicalForm()), 0.05);
        Node iran = Iris.entity("place/iran");
        List<Node> codes = g.quads().stream().filter(q -> q.getSubject().equals(iran) && q.getPredicate().equals(NG.phoenixCode))
                .map(Quad::getObject).toList();
        assertEquals(List.of(NodeFactory.createLiteralString("IRN")), codes, "once, in the first sentence naming Iran");
        assertTrue(g.quads().stream().noneMatch(q -> q.getSubject().equals(tirana) && q.getPredicate().equals(NG.phoenixCode)),
                "a city is no political actor");
    }

    @Test
    void sameTextGivesTheSameArticleIri() {
        assertEquals(graph.article(), new ArticleMapper().map(Fixtures.albania(), RUN).article());
    }
}
