package org.newsgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.extract.EntityKeys;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.extract.gazetteer.KnownOrganization;
import org.newsgraph.lang.Lexicon;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ArticleSummary;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Schema;

/**
 * Entity identity across the articles of a store, kept right after every write: one
 * {@code rdfs:label} per entity (every other name a {@code skos:altLabel}), surname-only person
 * mentions linked to the one full name of the store that ends with that surname, and the
 * user's merges (alias file, {@code merge} command) applied to what is there and to what comes.
 * What the automatic steps decide depends on the stored articles only, not on the order they
 * came in: {@code ingest} one by one and {@code load} all at once give the same store.
 *
 * <p>Articles name an entity in their own words ("US", "U.S.", "United States"), each in the
 * graph of its sentence. Each name is kept where it was said, as the {@code rdfs:label} when it
 * is the chosen name and as a {@code skos:altLabel} otherwise; beside each statement of a
 * person's chosen full name, its last word as {@code schema:familyName} (what surname mentions
 * are matched on). Only a chosen name that no article spells out (an alias file's canonical
 * name) lives in the identity graph ({@link Iris#IDENTITY_GRAPH}). The label is chosen
 * deterministically (see {@link #choose}). Merges are recorded as {@code owl:sameAs}: the user's
 * in the aliases graph {@link Iris#ALIASES_GRAPH}, so that a later article naming the merged
 * entity is merged too; the surname links that stand, in the identity graph.
 * All methods run inside the caller's write transaction.
 */
public final class EntityIdentity {

    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();
    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    /** Abbreviations ("Nov.", "Gen.", "Inc.") without their dot: words that are no surname. */
    private static final Set<String> ABBREVIATIONS = abbreviations(Lexicon.english());

    private EntityIdentity() {
    }

    /** One line of an alias file: the entity's type, its canonical name and its other names. */
    public record Alias(EntityType type, String canonical, List<String> names) {
    }

    /**
     * Reads an alias file: one entity per line, {@code TYPE<TAB>CANONICAL NAME<TAB>OTHER NAME...}
     * (type person, organization or place); blank lines and lines starting with {@code #} are
     * skipped. Errors name the file and line.
     */
    public static List<Alias> readAliases(Path file) throws IOException {
        List<Alias> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(file + ": no such alias file", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = lines.get(i).split("\t");
            EntityType type = null;
            for (EntityType t : EntityType.values()) {
                if (t != EntityType.EVENT && t.key().equalsIgnoreCase(cols[0].strip())) {
                    type = t;
                }
            }
            if (type == null || cols.length < 3 || cols[1].isBlank()) {
                throw new IOException(file + ":" + (i + 1) + ": expected TYPE<TAB>CANONICAL NAME<TAB>OTHER NAME..., "
                        + "TYPE one of person, organization, place");
            }
            List<String> names = new ArrayList<>();
            for (int c = 2; c < cols.length; c++) {
                if (!cols[c].isBlank()) {
                    names.add(cols[c].strip());
                }
            }
            out.add(new Alias(type, cols[1].strip(), List.copyOf(names)));
        }
        return out;
    }

    /** Records and applies these aliases in one write transaction; returns the entities they name. */
    public static List<Node> applyAliases(GraphStore store, List<Alias> aliases) {
        return Txn.calculateWrite(store.dataset(), () -> {
            List<Node> out = new ArrayList<>();
            for (Alias a : aliases) {
                out.add(alias(store.dataset().asDatasetGraph(), a.type(), a.canonical(), a.names()));
            }
            return out;
        });
    }

    /**
     * Merges the entity {@code from} names into the one {@code to} names (each an entity IRI or a
     * name; a name must name exactly one entity) in one write transaction; returns both IRIs.
     */
    public static List<Node> merge(GraphStore store, String from, String to) {
        return Txn.calculateWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Node a = entity(dsg, from);
            Node b = entity(dsg, to);
            if (a.equals(b)) {
                throw new IllegalArgumentException(from + " and " + to + " are already one entity: " + a.getURI());
            }
            merge(dsg, a, b);
            return List.of(a, b);
        });
    }

    private static Node entity(DatasetGraph dsg, String ref) {
        Node iri = NodeFactory.createURI(ref);
        if (isEntity(iri) && dsg.contains(Node.ANY, iri, Node.ANY, Node.ANY)) {
            return iri;
        }
        Set<Node> found = named(dsg, NodeFactory.createLiteralString(ref));
        if (found.size() == 1) {
            return found.iterator().next();
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException(ref + ": no entity has this IRI or name");
        }
        throw new IllegalArgumentException(ref + ": names " + found.size() + " entities, give one IRI: "
                + found.stream().map(Node::getURI).sorted().toList());
    }

    /**
     * Adds the entity IRIs this quad names (subject, object) to {@code out}, and the family name it
     * states (a literal): an article removed with a person's full name can change whom its
     * surname belongs to, after the person is gone.
     */
    public static void collect(Quad q, Set<Node> out) {
        if (isEntity(q.getSubject())) {
            out.add(q.getSubject());
        }
        if (isEntity(q.getObject()) || q.getPredicate().equals(Schema.familyName) && q.getObject().isLiteral()) {
            out.add(q.getObject());
        }
    }

    /**
     * After a bulk load: {@code before} (the entities of the versions replaced) and every entity
     * now typed in the store.
     */
    public static Set<Node> entitiesIn(DatasetGraph dsg, Set<Node> before) {
        Set<Node> out = new LinkedHashSet<>(before);
        for (Node cls : List.of(Schema.Person, Schema.Organization, Schema.Place)) {
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), cls).forEachRemaining(q -> collect(q, out));
        }
        return out;
    }

    /** The entities named in the stored graphs of these articles (before they are deleted). */
    public static Set<Node> entitiesOf(DatasetGraph dsg, Collection<Node> articles) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node article : articles) {
            for (Node g : ArticleGraphs.graphs(dsg, article)) {
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> collect(q, out));
            }
        }
        return out;
    }

    /**
     * Brings these entities (those an ingest or removal touched, see {@link #collect}) to one label
     * each, after the recorded merges, and links the surname-only persons of every family name
     * they touch (see {@link #linkSurname}); then renders the timeline rows ({@link Timeline}) of
     * the articles just {@code written}, of those whose entities this moved and of those that
     * name an entity whose label changed.
     */
    public static void consolidate(DatasetGraph dsg, Collection<Node> touched, Collection<Node> written) {
        consolidate(dsg, touched, new LinkedHashSet<>(written));
    }

    /** As above; {@code render} holds the articles whose timeline rows are to be rendered, and gains those a merge moves. */
    private static void consolidate(DatasetGraph dsg, Collection<Node> touched, Set<Node> render) {
        Set<Node> entities = new LinkedHashSet<>();
        TreeSet<String> families = new TreeSet<>();
        for (Node e : touched) {
            if (e.isLiteral()) {
                families.add(e.getLiteralLexicalForm());
            } else {
                entities.add(resolve(dsg, e, render));
            }
        }
        Map<Node, String> labels = new HashMap<>();
        entities.forEach(e -> relabelNoting(dsg, e, families, labels));
        Set<String> done = new HashSet<>();
        for (String family = families.pollFirst(); family != null; family = families.pollFirst()) {
            if (done.add(family)) {
                linkSurname(dsg, family, render).forEach(e -> relabelNoting(dsg, e, families, labels));
            }
        }
        render.addAll(Timeline.relabelled(dsg, labels));
        Timeline.render(dsg, render);
    }

    /**
     * Relabels {@code e}, puts its label in {@code labels} when relabelling moved a name of it
     * between label and altLabel (else every graph already said the label it had: the timeline's
     * rows give it still) and adds to {@code families} the family names its links depend on, before
     * and after: a family name can lose a holder when a label changes.
     */
    private static void relabelNoting(DatasetGraph dsg, Node e, Set<String> families, Map<Node, String> labels) {
        families.addAll(familyNames(dsg, e));
        Named named = relabel(dsg, e);
        if (named.moved()) {
            labels.put(e, named.label());
        }
        // relabelling moves names between label and altLabel, never adds one: only the stated
        // family name can have changed
        if (named.familyName() != null) {
            families.add(named.familyName());
        }
    }

    /**
     * An entity's label and stated family name after {@link #relabel} (each null when there is
     * none), and whether relabelling moved a name between label and altLabel.
     */
    private record Named(String label, String familyName, boolean moved) {
    }

    /**
     * Links the persons that an article names by the one word {@code family} alone ("Trump") to
     * the one person of the store whose family name it is, and, when the store holds none or
     * several, to the surname-only person of that name ({@code person/trump}). It is decided per
     * article, from what the store holds now, so that a link made while the name was unambiguous
     * is undone when a second holder comes (and made again when it goes): the store's entities are
     * the same whatever order its articles came in. Recorded in the identity graph as
     * {@code owl:sameAs} from the surname-only person to the holder while a link stands. A family
     * name the user merged (alias file, {@code merge}) is left as the user merged it. Returns the
     * entities whose names changed.
     */
    private static Set<Node> linkSurname(DatasetGraph dsg, String family, Set<Node> moved) {
        Node single = Iris.entity(EntityKeys.of(EntityType.PERSON, family));
        Set<Node> changed = new LinkedHashSet<>();
        if (userMerged(dsg, single)) {
            return changed;
        }
        Node name = NodeFactory.createLiteralString(family);
        Set<Node> holders = new TreeSet<>(Comparator.comparing(Node::getURI));
        dsg.find(Node.ANY, Node.ANY, Schema.familyName, name).forEachRemaining(q -> {
            if (isPerson(q.getSubject())) {
                holders.add(q.getSubject());
            }
        });
        Node target = holders.size() == 1 ? holders.iterator().next() : single;
        // the articles' tallies list the names each gives its entities: one lookup finds them all
        List<Node[]> moves = new ArrayList<>();
        boolean linked = false;
        Node key = NodeFactory.createLiteralString(ArticleSummary.nameKey(family));
        for (Quad q : Iter.toList(dsg.find(Node.ANY, Node.ANY, NG.nameKey, key))) {
            Node e = tallied(dsg, q.getGraph(), q.getSubject());
            if (e == null || !isPerson(e) || !namedOnlyBy(dsg, q.getGraph(), q.getSubject(), key)) {
                continue;
            }
            if (e.equals(target)) {
                linked = true;
            } else if (!userMerged(dsg, e) && !dsg.contains(q.getGraph(), Node.ANY, NG.tallied, target)) {
                // never into an article that names the target itself: its extraction kept the two
                // apart, and a link that merged them there could not be undone
                moves.add(new Node[]{q.getGraph(), e});
            }
        }
        for (Node[] move : moves) {
            rewrite(dsg, move[1], target, ArticleGraphs.graphs(dsg, move[0]), moved);
            changed.add(move[1]);
            changed.add(target);
        }
        dsg.deleteAny(Iris.IDENTITY_GRAPH, single, SAME_AS, Node.ANY);
        if (!target.equals(single) && (linked || !moves.isEmpty())) {
            dsg.add(Iris.IDENTITY_GRAPH, single, SAME_AS, target);
        }
        return changed;
    }

    private static Node tallied(DatasetGraph dsg, Node article, Node tally) {
        var it = dsg.find(article, tally, NG.tallied, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** Whether the article's tally {@code tally} lists {@code key} as its entity's only name. */
    private static boolean namedOnlyBy(DatasetGraph dsg, Node article, Node tally, Node key) {
        var it = dsg.find(article, tally, NG.nameKey, Node.ANY);
        while (it.hasNext()) {
            if (!it.next().getObject().equals(key)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The family names a person's links depend on: its family name when it has a full name, its
     * names when it is named by one word that can be a surname.
     */
    private static Set<String> familyNames(DatasetGraph dsg, Node e) {
        Set<String> out = new HashSet<>();
        dsg.find(Node.ANY, e, Schema.familyName, Node.ANY).forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
        if (!isPerson(e)) {
            return out;
        }
        for (String n : names(dsg, e).keySet()) {
            if (words(n).length == 1 && looksLikeSurname(n)) {
                out.add(n.strip());
            }
        }
        return out;
    }

    /** Whether the user merged {@code e} into another entity or another into it (aliases graph). */
    private static boolean userMerged(DatasetGraph dsg, Node e) {
        return dsg.contains(Iris.ALIASES_GRAPH, e, Node.ANY, Node.ANY) || dsg.contains(Iris.ALIASES_GRAPH, Node.ANY, SAME_AS, e);
    }

    /**
     * Records a user merge of {@code from} into {@code to} (entity IRIs) and applies it to the
     * store; articles ingested later that name {@code from} are merged too.
     */
    public static void merge(DatasetGraph dsg, Node from, Node to) {
        if (from.equals(to)) {
            return;
        }
        dsg.add(Iris.ALIASES_GRAPH, from, SAME_AS, to);
        Set<Node> moved = new LinkedHashSet<>();
        rewrite(dsg, from, to, null, moved);
        consolidate(dsg, List.of(to), moved);
    }

    /**
     * Records that {@code names} name the entity of {@code type} whose canonical name is
     * {@code canonical}, and merges into it every stored entity of that type with one of those
     * names; returns the entity's IRI.
     */
    public static Node alias(DatasetGraph dsg, EntityType type, String canonical, Collection<String> names) {
        Node target = Iris.entity(EntityKeys.of(type, canonical));
        Node typeClass = ArticleMapper.schemaClass(type);
        dsg.add(Iris.ALIASES_GRAPH, target, LABEL, NodeFactory.createLiteralString(canonical));
        Set<Node> moved = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>(names);
        all.add(canonical);
        for (String name : all) {
            Node literal = NodeFactory.createLiteralString(name);
            if (!name.equals(canonical)) {
                dsg.add(Iris.ALIASES_GRAPH, target, ALT, literal);
            }
            for (Node e : named(dsg, literal)) {
                if (!e.equals(target) && dsg.contains(Node.ANY, e, RDF.type.asNode(), typeClass)) {
                    dsg.add(Iris.ALIASES_GRAPH, e, SAME_AS, target);
                    rewrite(dsg, e, target, null, moved);
                }
            }
        }
        consolidate(dsg, List.of(target), moved);
        return target;
    }

    /** The entities with this name as a label or other name, in any graph. */
    public static Set<Node> named(DatasetGraph dsg, Node literal) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node p : List.of(LABEL, ALT)) {
            dsg.find(Node.ANY, Node.ANY, p, literal).forEachRemaining(q -> {
                if (isEntity(q.getSubject()) && !q.getGraph().equals(Iris.ALIASES_GRAPH)) {
                    out.add(q.getSubject());
                }
            });
        }
        return out;
    }

    /** Follows recorded merges (the user's first) and applies them: the entity {@code e} is now. */
    private static Node resolve(DatasetGraph dsg, Node e, Set<Node> moved) {
        Set<Node> seen = new HashSet<>();
        Node at = e;
        while (seen.add(at)) {
            // the identity graph's records are not followed: they describe the surname links of
            // now (linkSurname), which are decided again
            Node next = sameAs(dsg, Iris.ALIASES_GRAPH, at);
            if (next == null) {
                next = aliasTarget(dsg, at);
            }
            if (next == null) {
                break;
            }
            rewrite(dsg, at, next, null, moved);
            at = next;
        }
        return at;
    }

    private static Node sameAs(DatasetGraph dsg, Node graph, Node e) {
        var it = dsg.find(graph, e, SAME_AS, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** An alias-file entity of the same type that one of {@code e}'s names belongs to. */
    private static Node aliasTarget(DatasetGraph dsg, Node e) {
        for (String name : names(dsg, e).keySet()) {
            Node literal = NodeFactory.createLiteralString(name);
            for (Node p : List.of(ALT, LABEL)) {
                var it = dsg.find(Iris.ALIASES_GRAPH, Node.ANY, p, literal);
                while (it.hasNext()) {
                    Node target = it.next().getSubject();
                    if (!target.equals(e) && typeKey(target).equals(typeKey(e))) {
                        return target;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Replaces {@code from} by {@code to} in every quad of {@code graphs} (null: of every graph but
     * the aliases, totals and timeline graphs), counts the articles that named {@code from} again
     * (and their totals), and adds them to {@code moved}, whose timeline rows are to be rendered.
     */
    private static void rewrite(DatasetGraph dsg, Node from, Node to, Collection<Node> graphs, Set<Node> moved) {
        List<Quad> old = new ArrayList<>();
        for (Node g : graphs == null ? List.of(Node.ANY) : graphs) {
            dsg.find(g, from, Node.ANY, Node.ANY).forEachRemaining(old::add);
            dsg.find(g, Node.ANY, Node.ANY, from).forEachRemaining(old::add);
        }
        // the counts of the articles that name `from` change with it: they are taken out of the
        // totals now and counted again once the article names `to`
        Set<Node> articles = new LinkedHashSet<>();
        old.forEach(q -> ArticleGraphs.articleOf(q.getGraph()).ifPresent(articles::add));
        Totals.subtract(dsg, articles);
        // their tallies are counted again under new IRIs: the labels they record go with the rows
        Timeline.drop(dsg, articles);
        for (Quad q : old) {
            if (q.getGraph().equals(Iris.ALIASES_GRAPH) || q.getGraph().equals(Iris.TOTALS_GRAPH)
                    || q.getGraph().equals(Iris.TIMELINE_GRAPH)) {
                continue;
            }
            dsg.delete(q);
            if (q.getGraph().equals(Iris.IDENTITY_GRAPH)) {
                if (q.getPredicate().equals(SAME_AS) && q.getObject().equals(from)) {
                    dsg.add(Iris.IDENTITY_GRAPH, q.getSubject(), SAME_AS, to);
                }
                continue;
            }
            Node s = q.getSubject().equals(from) ? to : q.getSubject();
            Node o = q.getObject().equals(from) ? to : q.getObject();
            if (!s.equals(o)) {
                dsg.add(q.getGraph(), s, q.getPredicate(), o);
            }
        }
        articles.forEach(a -> ArticleCounts.recount(dsg, a));
        Totals.add(dsg, articles);
        moved.addAll(articles);
    }

    /**
     * Chooses the entity's label and marks every other name of it as an altLabel, graph by graph;
     * a person's family name goes beside each statement of the full name. Returns the label, that
     * family name (the only one the store states of {@code e} afterwards) and whether a name moved.
     */
    private static Named relabel(DatasetGraph dsg, Node e) {
        Map<String, Integer> names = names(dsg, e);
        dsg.deleteAny(Iris.IDENTITY_GRAPH, e, LABEL, Node.ANY);
        List<Quad> family = new ArrayList<>();
        dsg.find(Node.ANY, e, Schema.familyName, Node.ANY).forEachRemaining(family::add);
        family.forEach(dsg::delete);
        if (names.isEmpty()) {
            // gone from every article: only its merge records stay
            return new Named(null, null, false);
        }
        String label = choose(dsg, e, names);
        Node chosen = NodeFactory.createLiteralString(label);
        List<Quad> relabelled = new ArrayList<>();
        dsg.find(Node.ANY, e, LABEL, Node.ANY).forEachRemaining(q -> {
            if (!q.getObject().equals(chosen) && isNameGraph(q.getGraph())) {
                relabelled.add(q);
            }
        });
        dsg.find(Node.ANY, e, ALT, chosen).forEachRemaining(q -> {
            if (isNameGraph(q.getGraph())) {
                relabelled.add(q);
            }
        });
        for (Quad q : relabelled) {
            dsg.delete(q);
            dsg.add(q.getGraph(), e, q.getPredicate().equals(LABEL) ? ALT : LABEL, q.getObject());
        }
        List<Node> saying = new ArrayList<>();
        dsg.find(Node.ANY, e, LABEL, chosen).forEachRemaining(q -> saying.add(q.getGraph()));
        if (saying.isEmpty()) {
            // a name no article spells out (an alias file's canonical name): said by the store
            saying.add(Iris.IDENTITY_GRAPH);
            dsg.add(Iris.IDENTITY_GRAPH, e, LABEL, chosen);
        }
        String[] words = words(label);
        if (isPerson(e) && words.length > 1 && looksLikeSurname(words[words.length - 1])) {
            Node surname = NodeFactory.createLiteralString(words[words.length - 1]);
            for (Node g : saying) {
                dsg.add(g, e, Schema.familyName, surname);
            }
            return new Named(label, surname.getLiteralLexicalForm(), !relabelled.isEmpty());
        }
        return new Named(label, null, !relabelled.isEmpty());
    }

    /** Every name of the entity in the article and sentence graphs, with the number of graphs saying it. */
    private static Map<String, Integer> names(DatasetGraph dsg, Node e) {
        Map<String, Integer> out = new HashMap<>();
        for (Node p : List.of(LABEL, ALT)) {
            dsg.find(Node.ANY, e, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral() && isNameGraph(q.getGraph())) {
                    out.merge(q.getObject().getLiteralLexicalForm(), 1, Integer::sum);
                }
            });
        }
        if (!out.isEmpty()) {
            // the alias file's canonical name is a name of the entity even where no article spells it
            dsg.find(Iris.ALIASES_GRAPH, e, LABEL, Node.ANY).forEachRemaining(q ->
                    out.merge(q.getObject().getLiteralLexicalForm(), 0, Integer::sum));
        }
        return out;
    }

    /**
     * The label: the alias file's canonical name; else the gazetteer's canonical name of one of
     * the names (the most said); else the most said full name (not an acronym, not part of a
     * longer name); ties go to the longer name, then to code-point order.
     */
    private static String choose(DatasetGraph dsg, Node e, Map<String, Integer> names) {
        var alias = dsg.find(Iris.ALIASES_GRAPH, e, LABEL, Node.ANY);
        if (alias.hasNext()) {
            return alias.next().getObject().getLiteralLexicalForm();
        }
        EntityType type = typeOf(e);
        Map<String, Integer> canonical = new HashMap<>();
        names.forEach((name, count) -> {
            Optional<String> c = type == EntityType.PLACE ? GAZETTEER.countryOf(name)
                    : type == EntityType.ORGANIZATION ? GAZETTEER.organization(name).map(KnownOrganization::name) : Optional.empty();
            c.ifPresent(n -> canonical.merge(n, count, Integer::sum));
        });
        Comparator<String> order = Comparator.<String>comparingInt(n -> names.getOrDefault(n, canonical.getOrDefault(n, 0)))
                .reversed().thenComparing(Comparator.<String>comparingInt(String::length).reversed())
                .thenComparing(Comparator.naturalOrder());
        if (!canonical.isEmpty()) {
            return canonical.keySet().stream().sorted(Comparator.<String>comparingInt(canonical::get).reversed()
                    .thenComparing(Comparator.naturalOrder())).findFirst().orElseThrow();
        }
        List<String> full = names.keySet().stream().filter(n -> !acronym(n) && names.keySet().stream()
                .noneMatch(o -> !o.equals(n) && contains(o, n))).sorted(order).toList();
        return full.isEmpty() ? names.keySet().stream().sorted(order).findFirst().orElseThrow() : full.get(0);
    }

    /**
     * Whether a word can be a family name, so that surname merges do not join recognizer errors
     * ("b" with "Elizabeth B", "Nov" with "Nittany Lions Nov"): two letters or more, capitalised
     * with a lower-case letter in it (no initial, no acronym), letters, apostrophes and hyphens
     * only, and not an abbreviation of the lexicon ("Nov.", "Gen."). Full month names stay
     * possible surnames ("Theresa May").
     */
    static boolean looksLikeSurname(String word) {
        String w = word.strip();
        if (w.codePointCount(0, w.length()) < 2 || !Character.isUpperCase(w.codePointAt(0))
                || w.codePoints().noneMatch(Character::isLowerCase) || ABBREVIATIONS.contains(w)) {
            return false;
        }
        return w.codePoints().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '-');
    }

    private static Set<String> abbreviations(Lexicon lexicon) {
        Set<String> out = new HashSet<>();
        List<String> forms = new ArrayList<>();
        lexicon.table("abbreviations.tsv").forEach(r -> forms.add(r[0]));
        lexicon.table("time/month.tsv").forEach(r -> forms.add(r[0]));
        for (String f : forms) {
            if (f.endsWith(".")) {
                out.add(f.substring(0, f.length() - 1));
            }
        }
        return Set.copyOf(out);
    }

    /** Whether {@code longer}'s words contain {@code shorter}'s, in order ("Cornell" in "Cornell University"). */
    private static boolean contains(String longer, String shorter) {
        String l = " " + String.join(" ", words(longer)).toLowerCase(Locale.ROOT) + " ";
        String s = " " + String.join(" ", words(shorter)).toLowerCase(Locale.ROOT) + " ";
        return l.length() > s.length() && l.contains(s);
    }

    private static boolean acronym(String name) {
        String letters = name.replace(".", "");
        return !letters.isEmpty() && letters.length() <= 6 && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static String[] words(String name) {
        String s = name.strip();
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    /** Names live in the article and sentence graphs, not in the store-level ones. */
    private static boolean isNameGraph(Node g) {
        return !g.equals(Iris.IDENTITY_GRAPH) && !g.equals(Iris.ALIASES_GRAPH);
    }

    private static boolean isPerson(Node n) {
        return isEntity(n) && typeKey(n).equals(EntityType.PERSON.key());
    }

    private static boolean isEntity(Node n) {
        return n.isURI() && n.getURI().startsWith(NG.ENTITY_BASE);
    }

    private static String typeKey(Node e) {
        String key = e.getURI().substring(NG.ENTITY_BASE.length());
        int slash = key.indexOf('/');
        return slash < 0 ? "" : key.substring(0, slash);
    }

    private static EntityType typeOf(Node e) {
        String k = typeKey(e);
        for (EntityType t : EntityType.values()) {
            if (t.key().equals(k)) {
                return t;
            }
        }
        return null;
    }
}
