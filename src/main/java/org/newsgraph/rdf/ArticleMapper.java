package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.CodePoints;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.extract.Attribution;
import org.newsgraph.extract.Certainty;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityKeys;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.TimeExpression;
import org.newsgraph.extract.TimeValue;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.gazetteer.GeoNames;
import org.newsgraph.extract.gazetteer.PhoenixCodes;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

/**
 * Maps one article's extraction to quads under the data model of DESIGN.md: the article, its NIF
 * context, sentences and mentions in the article's own graph; every fact in the graph named by
 * the sentence it came from. The only class that turns extraction records into RDF terms.
 */
public final class ArticleMapper {

    /** All quads of the article, collected (for tests and small jobs; ingest streams them). */
    public ArticleGraph map(Extraction extraction, ExtractionRun run) {
        List<Quad> quads = new ArrayList<>();
        ArticleKey key = ArticleKey.of(extraction.text().article());
        int sentenceGraphs = new Mapping(extraction, run, quads::add).build();
        return new ArticleGraph(key.article(), key.contentHash(), key.sourceName(), quads, sentenceGraphs);
    }

    /**
     * Sends the article's quads to {@code sink} as they are made, each once, without holding them:
     * the store writes them straight into its transaction. Returns the number of quads sent.
     */
    public int stream(Extraction extraction, ExtractionRun run, StreamRDF sink) {
        int[] count = {0};
        new Mapping(extraction, run, q -> {
            sink.quad(q);
            count[0]++;
        }).build();
        return count[0];
    }

    /** The state of mapping one article. */
    private static final class Mapping {
        private final Extraction extraction;
        private final ExtractionRun run;
        private final AnnotatedText text;
        private final Article article;
        private final CodePoints codePoints;
        private final ArticleKey key;
        private final Node articleNode;
        private final Node context;
        private final Consumer<Quad> sink;
        private final Set<Quad> seen = new HashSet<>();
        private final Set<Node> factGraphs = new HashSet<>();
        private final ArticleSummary summary;
        /** ISO codes of the countries the article names: the context that picks among same-named cities. */
        private final Set<String> countries = new HashSet<>();
        private final GeoNames geonames = GeoNames.load();
        private final PhoenixCodes phoenix = PhoenixCodes.load();

        Mapping(Extraction extraction, ExtractionRun run, Consumer<Quad> sink) {
            this.extraction = extraction;
            this.sink = sink;
            this.run = run;
            this.text = extraction.text();
            this.article = text.article();
            this.codePoints = new CodePoints(text.text());
            this.key = ArticleKey.of(article);
            this.articleNode = key.article();
            this.summary = new ArticleSummary(articleNode);
            this.context = span(0, text.text().length());
        }

        /** Maps the article; returns the number of sentence graphs filled. */
        int build() {
            Node publisher = describeArticle();
            Node runNode = describeRun();
            for (Sentence s : text.sentences()) {
                Node sentence = span(s.begin(), s.end());
                meta(sentence, RDF.type.asNode(), Nif.Sentence);
                meta(sentence, RDF.type.asNode(), Nif.RFC5147String);
                offsets(sentence, s.begin(), s.end());
                meta(sentence, Nif.anchorOf, string(s.text()));
                meta(sentence, Nif.referenceContext, context);
                meta(sentence, Prov.wasGeneratedBy, runNode);
                if (s.begin() >= article.captionsStart()) {
                    meta(sentence, RDF.type.asNode(), NG.CaptionSentence);
                }
            }
            for (Attribution a : extraction.attributions()) {
                describeAttribution(a, publisher);
            }
            for (Entity e : extraction.entities()) {
                if (e.type() == EntityType.PLACE) {
                    geonames.countryCode(e.label()).ifPresent(countries::add);
                }
            }
            for (Entity e : extraction.entities()) {
                describeEntity(e);
            }
            for (TimeExpression t : extraction.times()) {
                describeTime(t);
            }
            for (Fact f : extraction.facts()) {
                describeFact(f);
            }
            // the counts queries add up, in the article's graph so that they go with it
            summary.quads().forEach(sink);
            return factGraphs.size();
        }

        /** The article and its context; returns the node claims default to (publisher or article). */
        private Node describeArticle() {
            ArticleMetadata m = article.metadata();
            meta(articleNode, RDF.type.asNode(), Schema.NewsArticle);
            meta(articleNode, NG.context, context);
            meta(articleNode, NG.contentHash, string(key.contentHash()));
            meta(articleNode, NG.sourceName, string(article.sourceName()));
            if (m.headline() != null) {
                meta(articleNode, Schema.headline, string(m.headline()));
            }
            if (m.datePublished() != null) {
                meta(articleNode, Schema.datePublished, typed(m.datePublished().toString(), XSDDatatype.XSDdate));
            }
            if (m.dateModified() != null) {
                meta(articleNode, Schema.dateModified, typed(m.dateModified().toString(), XSDDatatype.XSDdate));
            }
            if (m.url() != null) {
                meta(articleNode, Schema.url, typed(m.url(), XSDDatatype.XSDanyURI));
            }
            if (m.language() != null) {
                meta(articleNode, Schema.inLanguage, string(m.language()));
            }
            if (m.section() != null) {
                meta(articleNode, Schema.articleSection, string(m.section()));
            }
            for (String author : m.authors()) {
                Node a = Iris.entity(EntityKeys.of(EntityType.PERSON, author));
                meta(articleNode, Schema.author, a);
                meta(a, RDF.type.asNode(), Schema.Person);
                meta(a, RDFS.label.asNode(), string(author));
            }
            meta(context, RDF.type.asNode(), Nif.Context);
            meta(context, RDF.type.asNode(), Nif.RFC5147String);
            meta(context, Nif.isString, string(text.text()));
            offsets(context, 0, text.text().length());
            if (m.url() != null) {
                meta(context, Nif.sourceUrl, typed(m.url(), XSDDatatype.XSDanyURI));
            }
            if (m.publisher() == null) {
                return articleNode;
            }
            Node publisher = Iris.entity(EntityKeys.of(EntityType.ORGANIZATION, m.publisher()));
            meta(articleNode, Schema.publisher, publisher);
            meta(publisher, RDF.type.asNode(), Schema.Organization);
            meta(publisher, RDFS.label.asNode(), string(m.publisher()));
            return publisher;
        }

        private Node describeRun() {
            Node runNode = NodeFactory.createURI(articleNode.getURI() + "#extraction");
            Node software = NodeFactory.createURI(NG.BASE + "software/" + run.software() + "/" + run.version());
            meta(runNode, RDF.type.asNode(), Prov.Activity);
            meta(runNode, RDF.type.asNode(), NG.ExtractionRun);
            meta(runNode, Prov.startedAtTime, typed(run.started().toString(), XSDDatatype.XSDdateTime));
            meta(runNode, Prov.wasAssociatedWith, software);
            meta(software, RDF.type.asNode(), Prov.SoftwareAgent);
            meta(software, RDFS.label.asNode(), string(run.software() + " " + run.version()));
            meta(software, NG.softwareVersion, string(run.version()));
            return runNode;
        }

        private void describeAttribution(Attribution a, Node publisher) {
            Sentence s = text.sentences().get(a.sentence());
            Node sentence = span(s.begin(), s.end());
            if (a.sourceEntities().isEmpty() && a.sourceDescription() == null) {
                meta(sentence, NG.attributedTo, publisher);
            }
            for (String key : a.sourceEntities()) {
                meta(sentence, NG.attributedTo, Iris.entity(key));
            }
            if (a.sourceDescription() != null) {
                meta(sentence, NG.sourceDescription, string(a.sourceDescription()));
            }
            meta(sentence, NG.certainty, certainty(a.certainty()));
        }

        private void describeEntity(Entity e) {
            Node entity = Iris.entity(e.key());
            Node type = schemaClass(e.type());
            for (Mention m : e.mentions()) {
                Sentence s = text.sentences().get(m.sentence());
                Node sentence = span(s.begin(), s.end());
                Node mention = phrase(m.begin(), m.end(), sentence);
                meta(mention, ItsRdf.taIdentRef, entity);
                meta(mention, ItsRdf.taClassRef, type);

                String name = m.name(text.text());
                fact(sentence, entity, RDF.type.asNode(), type);
                if (name.equals(e.label())) {
                    fact(sentence, entity, RDFS.label.asNode(), string(e.label()));
                } else if (e.altLabels().contains(name)) {
                    fact(sentence, entity, SKOS.altLabel.asNode(), string(name));
                }
            }
            // a canonical name the text never spells out ("United States" for "US") is still the
            // label: it rests on the first sentence that names the entity
            Sentence first = text.sentences().get(e.mentions().get(0).sentence());
            Node firstSentence = span(first.begin(), first.end());
            if (e.mentions().stream().noneMatch(m -> m.name(text.text()).equals(e.label()))) {
                fact(firstSentence, entity, RDFS.label.asNode(), string(e.label()));
            }
            link(e, entity, firstSentence);
        }

        /**
         * Public identifiers, resting like a label the text never spells out on the first sentence
         * naming the entity: a place's GeoNames feature ({@code schema:sameAs}) and its coordinates
         * ({@code schema:geo}); a political actor's Phoenix code (persons by full name, countries,
         * organizations by their name or another name).
         */
        private void link(Entity e, Node entity, Node sentence) {
            if (e.type() == EntityType.PLACE) {
                geonames.place(e.label(), countries).ifPresent(f -> {
                    Node geo = Iris.coordinates(f.id());
                    fact(sentence, entity, Schema.sameAs, Iris.geonames(f.id()));
                    fact(sentence, entity, Schema.geo, geo);
                    fact(sentence, geo, RDF.type.asNode(), Schema.GeoCoordinates);
                    fact(sentence, geo, Schema.latitude, decimal(f.latitude()));
                    fact(sentence, geo, Schema.longitude, decimal(f.longitude()));
                });
            }
            List<String> names = switch (e.type()) {
                // a one-word name is too often someone else; a demonym taken for a person
                // ("South Korean") would get its country's code
                case PERSON -> e.label().strip().contains(" ") && !geonames.namesNationality(e.label())
                        ? List.of(e.label()) : List.of();
                case PLACE -> geonames.countryCode(e.label()).isPresent() ? List.of(e.label()) : List.of();
                case ORGANIZATION -> {
                    List<String> all = new ArrayList<>(List.of(e.label()));
                    all.addAll(e.altLabels());
                    yield all;
                }
                case EVENT -> List.of();
            };
            names.stream().map(phoenix::code).flatMap(java.util.Optional::stream).findFirst()
                    .ifPresent(code -> fact(sentence, entity, NG.phoenixCode, string(code)));
        }

        /** A fact in the graph of its sentence; a trigger's phrase is described in the article graph. */
        private void describeFact(Fact f) {
            Sentence s = text.sentences().get(f.sentence());
            Node sentence = span(s.begin(), s.end());
            Node subject = node(f.subject());
            f.accept(new Fact.Visitor<Void>() {
                @Override
                public Void event(Fact.Event t) {
                    fact(sentence, subject, RDF.type.asNode(), Schema.Event);
                    if (t.type() != null) {
                        fact(sentence, subject, RDF.type.asNode(), NG.eventClass(t.type().localName()));
                    }
                    return null;
                }

                @Override
                public Void thing(Fact.Thing t) {
                    fact(sentence, subject, RDF.type.asNode(), Schema.Thing);
                    return null;
                }

                @Override
                public Void trigger(Fact.Trigger t) {
                    fact(sentence, subject, NG.trigger, phrase(t.begin(), t.end(), sentence));
                    return null;
                }

                @Override
                public Void link(Fact.Link l) {
                    Node object = node(l.object());
                    fact(sentence, subject, property(l.relation()), object);
                    if (l.relation() == Fact.Relation.HOLDS_POSITION) {
                        fact(sentence, object, RDF.type.asNode(), NG.Position);
                    }
                    return null;
                }

                @Override
                public Void text(Fact.Text t) {
                    fact(sentence, subject, property(t.attribute()), string(t.value()));
                    return null;
                }

                @Override
                public Void time(Fact.Time t) {
                    ArticleMapper.Mapping.this.time(sentence, subject, t.time());
                    return null;
                }

                @Override
                public Void former(Fact.Former t) {
                    fact(sentence, subject, NG.former, typed("true", XSDDatatype.XSDboolean));
                    return null;
                }

                @Override
                public Void argument(Fact.Argument a) {
                    Node argument = node(a.id());
                    fact(sentence, subject, NG.argument, argument);
                    fact(sentence, argument, RDF.type.asNode(), NG.Argument);
                    fact(sentence, argument, NG.semanticRole, string(a.role()));
                    fact(sentence, argument, NG.argumentText, string(a.text()));
                    if (a.ref() != null) {
                        fact(sentence, argument, NG.argumentValue, node(a.ref()));
                    }
                    return null;
                }

                @Override
                public Void modality(Fact.Modality m) {
                    fact(sentence, subject, NG.eventCertainty, certainty(m.certainty()));
                    return null;
                }
            });
        }

        /** A time expression: a phrase of its sentence with its TIMEX3 type and value and its calendar bounds. */
        private void describeTime(TimeExpression t) {
            Sentence s = text.sentences().get(t.sentence());
            Node sentence = span(s.begin(), s.end());
            Node phrase = phrase(t.begin(), t.end(), sentence);
            fact(sentence, phrase, RDF.type.asNode(), NG.TimeExpression);
            fact(sentence, phrase, NG.timexType, string(t.type()));
            if (t.value() != null) {
                fact(sentence, phrase, NG.timexValue, string(t.value()));
            }
            bounds(sentence, phrase, t);
        }

        /** An event's time: the expression, and its date typed by its precision (an unresolvable one only as text). */
        private void time(Node sentence, Node event, TimeExpression t) {
            fact(sentence, event, NG.time, span(t.begin(), t.end()));
            fact(sentence, event, NG.timeText, string(t.text()));
            bounds(sentence, event, t);
        }

        private void bounds(Node sentence, Node subject, TimeExpression t) {
            if (t.start().resolved()) {
                fact(sentence, subject, Schema.startDate, date(t.start()));
            }
            if (t.until() != null && t.until().resolved()) {
                fact(sentence, subject, Schema.endDate, date(t.until()));
            }
            if (t.ongoing()) {
                fact(sentence, subject, NG.ongoing, typed("true", XSDDatatype.XSDboolean));
            }
        }

        private Node node(String id) {
            return Fact.isLocal(id) ? NodeFactory.createURI(articleNode.getURI() + id) : Iris.entity(id);
        }

        private Node span(int begin, int end) {
            return Iris.span(articleNode, codePoints.offset(begin), codePoints.offset(end));
        }

        /** The nif:Phrase of {@code [begin, end)} in {@code sentence}, described in the article's graph. */
        private Node phrase(int begin, int end, Node sentence) {
            Node phrase = span(begin, end);
            meta(phrase, RDF.type.asNode(), Nif.Phrase);
            meta(phrase, RDF.type.asNode(), Nif.RFC5147String);
            offsets(phrase, begin, end);
            meta(phrase, Nif.anchorOf, string(text.text().substring(begin, end)));
            meta(phrase, Nif.referenceContext, context);
            meta(phrase, Nif.sentence, sentence);
            return phrase;
        }

        private void offsets(Node node, int begin, int end) {
            meta(node, Nif.beginIndex, typed(Integer.toString(codePoints.offset(begin)), XSDDatatype.XSDnonNegativeInteger));
            meta(node, Nif.endIndex, typed(Integer.toString(codePoints.offset(end)), XSDDatatype.XSDnonNegativeInteger));
        }

        private void meta(Node s, Node p, Node o) {
            add(Quad.create(articleNode, s, p, o));
        }

        private void fact(Node sentence, Node s, Node p, Node o) {
            factGraphs.add(sentence);
            add(Quad.create(sentence, s, p, o));
        }

        private void add(Quad q) {
            if (seen.add(q)) {
                sink.accept(q);
                summary.add(q);
            }
        }
    }

    private static Node property(Fact.Relation r) {
        return switch (r) {
            case AGENT -> NG.agent;
            case PATIENT -> NG.patient;
            case INSTRUMENT -> Schema.instrument;
            case LOCATION -> Schema.location;
            case PART_OF -> Schema.superEvent;
            case HOLDS_POSITION -> NG.holdsPosition;
            case POSITION_IN -> NG.positionIn;
            case MEMBER_OF -> Schema.memberOf;
            case CONTAINED_IN -> Schema.containedInPlace;
        };
    }

    private static Node property(Fact.Attribute a) {
        return switch (a) {
            case LABEL -> RDFS.label.asNode();
            case JOB_TITLE -> Schema.jobTitle;
            case ROLE_NAME -> Schema.roleName;
            case CHARACTERIZED_AS -> NG.characterizedAs;
            case FRAME -> NG.frame;
        };
    }

    public static Node schemaClass(EntityType type) {
        return switch (type) {
            case PERSON -> Schema.Person;
            case ORGANIZATION -> Schema.Organization;
            case PLACE -> Schema.Place;
            case EVENT -> Schema.Event;
        };
    }

    static Node certainty(Certainty c) {
        return switch (c) {
            case ASSERTED -> NG.Asserted;
            case REPORTED -> NG.Reported;
            case HEDGED -> NG.Hedged;
            case NEGATED -> NG.Negated;
        };
    }

    private static Node date(TimeValue v) {
        XSDDatatype type = switch (v.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR, UNRESOLVED -> XSDDatatype.XSDgYear;
        };
        return typed(v.lexical(), type);
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /**
     * An xsd:decimal in its canonical form ("41.0", not "41"): TDB2 keeps decimals by value and
     * gives back the canonical form, so another spelling could not be matched again to delete it.
     */
    private static Node decimal(String lexical) {
        String plain = new java.math.BigDecimal(lexical).stripTrailingZeros().toPlainString();
        return typed(plain.contains(".") ? plain : plain + ".0", XSDDatatype.XSDdecimal);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
