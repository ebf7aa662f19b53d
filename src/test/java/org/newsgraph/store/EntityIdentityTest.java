package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EntityType;
import org.newsgraph.query.ShapeValidator;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ArticleSummary;
import org.newsgraph.rdf.ItsRdf;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Nif;
import org.newsgraph.rdf.Schema;

/**
 * One label per entity across articles, surname merges, alias files and merges, kept right when
 * articles are added, replaced and removed. Articles are written as the mapper writes them: the
 * entity's type and the name the article uses in the sentence graph, the mention in the article's.
 */
class EntityIdentityTest {

    private static final String ID = NG.ENTITY_BASE;
    private static final String ONE_LABEL = "SELECT ?e WHERE { ?e <" + RDFS.label.getURI() + "> ?l }"
            + " GROUP BY ?e HAVING (COUNT(DISTINCT ?l) > 1)";

    /** An article whose sentences each name one entity: {key, name} pairs (the mapper's label or altLabel). */
    private static ArticleGraph article(String id, String[]... mentions) {
        Node a = NodeFactory.createURI(NG.ARTICLE_BASE + id);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(a, a, RDF.type.asNode(), Schema.NewsArticle));
        quads.add(Quad.create(a, a, NG.contentHash, NodeFactory.createLiteralString(id)));
        quads.add(Quad.create(a, a, NG.sourceName, NodeFactory.createLiteralString(id + ".txt")));
        int at = 0;
        for (String[] m : mentions) {
            Node sentence = NodeFactory.createURI(a.getURI() + "#char=" + at + "," + (at + 50));
            Node mention = NodeFactory.createURI(a.getURI() + "#char=" + (at + 1) + "," + (at + 10));
            Node entity = NodeFactory.createURI(ID + m[0]);
            Node type = m[0].startsWith("person/") ? Schema.Person : m[0].startsWith("place/") ? Schema.Place : Schema.Organization;
            quads.add(Quad.create(a, sentence, RDF.type.asNode(), Nif.Sentence));
            quads.add(Quad.create(a, mention, ItsRdf.taIdentRef, entity));
            quads.add(Quad.create(a, mention, Nif.sentence, sentence));
            quads.add(Quad.create(sentence, entity, RDF.type.asNode(), type));
            quads.add(Quad.create(sentence, entity, m.length > 2 ? SKOS.altLabel.asNode() : RDFS.label.asNode(),
                    NodeFactory.createLiteralString(m[1])));
            at += 60;
        }
        quads.addAll(ArticleSummary.of(a, quads));
        return new ArticleGraph(a, id, id + ".txt", quads, mentions.length);
    }

    private static String[] m(String key, String name) {
        return new String[]{key, name};
    }

    /** The objects of the entity's {@code p} statements in any graph: names as their text, IRIs as IRIs. */
    private static Set<String> labels(GraphStore store, String key, Node p) {
        return store.read(ds -> {
            Set<String> out = new TreeSet<>();
            ds.asDatasetGraph().getUnionGraph().find(NodeFactory.createURI(ID + key), p, Node.ANY)
                    .forEachRemaining(t -> out.add(t.getObject().isURI() ? t.getObject().getURI() : t.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    private static Set<String> label(GraphStore store, String key) {
        return labels(store, key, RDFS.label.asNode());
    }

    private static boolean exists(GraphStore store, String key) {
        // merge records (owl:sameAs) stay; what counts is a typed entity some article names
        return store.read(ds -> ds.asDatasetGraph().contains(Node.ANY, NodeFactory.createURI(ID + key), RDF.type.asNode(), Node.ANY));
    }

    private static List<String> multiLabelled(GraphStore store) {
        return store.read(ds -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(ONE_LABEL).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.get("e").toString()));
            }
            return out;
        });
    }

    @Test
    void oneLabelPerEntityThroughIngestReplaceAndRemove() {
        try (TdbStore store = TdbStore.inMemory()) {
            store.put(article("a1", m("place/united-states", "US")));
            store.put(article("a2", m("place/united-states", "U.S."), m("place/united-states", "U.S.")));
            // the gazetteer's canonical name, though no article spells it out
            assertEquals(Set.of("United States"), label(store, "place/united-states"));
            store.put(article("a3", m("place/united-states", "United States")));
            assertEquals(Set.of("United States"), label(store, "place/united-states"));
            assertEquals(Set.of("U.S.", "US"), labels(store, "place/united-states", SKOS.altLabel.asNode()));
            assertEquals(List.of(), multiLabelled(store));
            assertEquals(List.of(), new ShapeValidator().validate(store).stream()
                    .filter(v -> v.path().contains("rdf-schema#label")).toList());

            // validate reports a second label (written behind the store's back)
            org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(
                    NodeFactory.createURI(NG.ARTICLE_BASE + "a1#char=0,50"), NodeFactory.createURI(ID + "place/united-states"),
                    RDFS.label.asNode(), NodeFactory.createLiteralString("USA")));
            assertEquals(1, new ShapeValidator().validate(store).stream()
                    .filter(v -> v.path().contains("rdf-schema#label")).count());
            assertEquals(1, multiLabelled(store).size());
            store.remove("a3.txt");
            assertEquals(Set.of("United States"), label(store, "place/united-states"));
            // no gazetteer name: the most said full name
            store.put(article("e1", m("organization/cornell-university", "Cornell"), m("organization/cornell-university", "Cornell")));
            store.put(article("e2", m("organization/cornell-university", "Cornell University")));
            assertEquals(Set.of("Cornell University"), label(store, "organization/cornell-university"));
            store.put(article("e3", m("organization/mko", "Mujahedin Khalq Organization"), m("organization/mko", "MKO"),
                    m("organization/mko", "MKO"), m("organization/mko", "Mujahedin-e-Khalq Organization")));
            assertEquals(Set.of("Mujahedin-e-Khalq Organization"), label(store, "organization/mko"), "the longer on a tie");
            assertEquals(List.of(), multiLabelled(store));
            store.remove("a2.txt");
            store.remove("a1.txt");
            assertFalse(exists(store, "place/united-states"), "nothing left of an entity no article names");
        }
    }

    @Test
    void surnameMentionsJoinTheOneFullNameOfTheStore() {
        try (TdbStore store = TdbStore.inMemory()) {
            store.put(article("b1", m("person/trump", "Trump")));
            store.put(article("b2", m("person/donald-trump", "Donald Trump")));
            assertFalse(exists(store, "person/trump"), "the earlier surname-only person is merged");
            store.put(article("b3", m("person/trump", "Trump"), m("place/paris", "Paris")));
            assertFalse(exists(store, "person/trump"), "so is a later one");
            assertEquals(Set.of("Donald Trump"), label(store, "person/donald-trump"));
            assertEquals(Set.of("Trump"), labels(store, "person/donald-trump", SKOS.altLabel.asNode()));
            long mentions = store.read(ds -> {
                long n = 0;
                var it = ds.asDatasetGraph().find(Node.ANY, Node.ANY, ItsRdf.taIdentRef, NodeFactory.createURI(ID + "person/donald-trump"));
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return n;
            });
            assertEquals(3, mentions);

            // two people called Obama: "Obama" stays apart
            store.put(article("c1", m("person/barack-obama", "Barack Obama"), m("person/michelle-obama", "Michelle Obama")));
            store.put(article("c2", m("person/obama", "Obama")));
            assertTrue(exists(store, "person/obama"));
            assertEquals(List.of(), multiLabelled(store));
        }
    }

    @Test
    void surnameLinksFollowTheStoreNotTheOrderOfArrival() {
        try (TdbStore store = TdbStore.inMemory()) {
            store.put(article("o1", m("person/obama", "Obama")));
            store.put(article("o2", m("person/barack-obama", "Barack Obama")));
            assertFalse(exists(store, "person/obama"), "one Obama in the store: linked");
            assertEquals(Set.of(ID + "person/barack-obama"), sameAs(store, "person/obama"));
            store.put(article("o3", m("person/michelle-obama", "Michelle Obama")));
            assertTrue(exists(store, "person/obama"), "a second Obama undoes the link");
            assertEquals(Set.of("Obama"), label(store, "person/obama"));
            assertEquals(Set.of(), labels(store, "person/barack-obama", SKOS.altLabel.asNode()));
            assertEquals(Set.of(), sameAs(store, "person/obama"));
            store.remove("o3.txt");
            assertFalse(exists(store, "person/obama"), "and its removal makes it again");
            assertEquals(Set.of("Obama"), labels(store, "person/barack-obama", SKOS.altLabel.asNode()));
            store.remove("o2.txt");
            assertEquals(Set.of("Obama"), label(store, "person/obama"), "no full name left: the surname-only person again");
            assertFalse(exists(store, "person/barack-obama"));
        }
        // the same articles in the other order, or loaded at once, give the same store
        List<ArticleGraph> articles = List.of(article("p1", m("person/obama", "Obama"), m("place/paris", "Paris")),
                article("p2", m("person/barack-obama", "Barack Obama"), m("person/obama", "Obama")),
                article("p3", m("person/michelle-obama", "Michelle Obama")),
                article("p4", m("person/merkel", "Merkel")),
                article("p5", m("person/angela-merkel", "Angela Merkel")));
        Set<String> first = null;
        for (List<Integer> order : List.of(List.of(0, 1, 2, 3, 4), List.of(4, 2, 3, 1, 0), List.of(2, 0, 4, 1, 3))) {
            try (TdbStore store = TdbStore.inMemory()) {
                order.forEach(i -> store.put(articles.get(i)));
                Set<String> quads = quads(store);
                if (first == null) {
                    first = quads;
                    assertTrue(exists(store, "person/obama"));
                    assertFalse(exists(store, "person/merkel"));
                }
                Set<String> expected = first;
                assertEquals(List.of(), quads.stream().filter(q -> !expected.contains(q)).toList(), "order " + order + ", added");
                assertEquals(List.of(), expected.stream().filter(q -> !quads.contains(q)).toList(), "order " + order + ", missing");
            }
        }
    }

    private static Set<String> sameAs(GraphStore store, String key) {
        return labels(store, key, org.apache.jena.vocabulary.OWL.sameAs.asNode());
    }

    private static Set<String> quads(GraphStore store) {
        return store.read(ds -> {
            Set<String> out = new TreeSet<>();
            ds.asDatasetGraph().find().forEachRemaining(q -> out.add(q.toString()));
            return out;
        });
    }

    @Test
    void recognizerErrorsAreNoSurnames() {
        try (TdbStore store = TdbStore.inMemory()) {
            store.put(article("s1", m("person/elizabeth-b", "Elizabeth B"), m("person/nittany-lions-nov", "Nittany Lions Nov"),
                    m("person/theresa-may", "Theresa May")));
            store.put(article("s2", m("person/b", "B"), m("person/nov", "Nov"), m("person/may", "May")));
            assertTrue(exists(store, "person/b"), "an initial is no surname");
            assertTrue(exists(store, "person/nov"), "a month's abbreviation is no surname");
            assertEquals(Set.of(), labels(store, "person/elizabeth-b", Schema.familyName));
            assertEquals(Set.of(), labels(store, "person/nittany-lions-nov", Schema.familyName));
            // a full month name can be one
            assertFalse(exists(store, "person/may"));
            assertEquals(Set.of("May"), labels(store, "person/theresa-may", SKOS.altLabel.asNode()));
        }
    }

    @Test
    void surnameShapes() {
        for (String yes : List.of("Trump", "Ng", "O'Brien", "Smith-Jones", "McDonald", "Müller")) {
            assertTrue(EntityIdentity.looksLikeSurname(yes), yes);
        }
        for (String no : List.of("b", "B", "B.", "NOV", "Nov", "Gen", "Inc", "nov", "Trump2", "US")) {
            assertFalse(EntityIdentity.looksLikeSurname(no), no);
        }
    }

    @Test
    void aliasFileAndMergeCommandMergeNamedEntities() throws Exception {
        try (TdbStore store = TdbStore.inMemory()) {
            store.put(article("d1", m("organization/mko", "MKO"), m("organization/mek", "MEK")));
            Path file = Files.createTempFile("aliases", ".tsv");
            Files.writeString(file, "# entities\norganization\tPeople's Mujahedin Organization of Iran\tMKO\tMEK\n");
            List<Node> applied = EntityIdentity.applyAliases(store, EntityIdentity.readAliases(file));
            String pmoi = "organization/people-s-mujahedin-organization-of-iran";
            assertEquals(List.of(NodeFactory.createURI(ID + pmoi)), applied);
            assertFalse(exists(store, "organization/mko"));
            assertFalse(exists(store, "organization/mek"));
            assertEquals(Set.of("People's Mujahedin Organization of Iran"), label(store, pmoi));
            assertEquals(Set.of("MEK", "MKO"), labels(store, pmoi, SKOS.altLabel.asNode()));
            // kept for later articles, and harmless to apply again
            store.put(article("d2", m("organization/mko", "MKO")));
            assertFalse(exists(store, "organization/mko"));
            EntityIdentity.applyAliases(store, EntityIdentity.readAliases(file));
            assertEquals(List.of(), multiLabelled(store));

            store.put(article("d3", m("person/abu-bakr", "Abu Bakr"), m("person/abu-bakr-al-baghdadi", "Abu Bakr al-Baghdadi")));
            EntityIdentity.merge(store, "Abu Bakr", ID + "person/abu-bakr-al-baghdadi");
            assertFalse(exists(store, "person/abu-bakr"));
            store.put(article("d4", m("person/abu-bakr", "Abu Bakr")));
            assertFalse(exists(store, "person/abu-bakr"), "a recorded merge applies to later articles");
            assertEquals(Set.of("Abu Bakr al-Baghdadi"), label(store, "person/abu-bakr-al-baghdadi"));

            Files.writeString(file, "company\tAcme\n");
            Exception bad = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> EntityIdentity.readAliases(file));
            assertTrue(bad.getMessage().contains(file + ":1"), bad.getMessage());
            assertEquals(EntityType.values().length, EntityType.values().length);
        }
    }
}
