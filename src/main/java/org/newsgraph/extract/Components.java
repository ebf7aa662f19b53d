package org.newsgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.extract.ner.RecognizerChoice;
import org.newsgraph.extract.time.Timex;
import org.newsgraph.extract.time.TimexTagger;
import org.newsgraph.lang.Lexicon;

/**
 * The components an extractor can be built from, by name. {@link #standard} registers the
 * bundled ones; {@link #put} adds or replaces one (a trained recognizer under the name
 * "recognizer", a new time tagger under "times"); {@link #list} builds a pipeline from a list of
 * names such as {@link #STANDARD_PIPELINE}.
 */
public final class Components {

    /** The bundled pipeline list, {@code org/newsgraph/extract/pipeline.txt}. */
    public static final List<String> STANDARD_PIPELINE = readList("/org/newsgraph/extract/pipeline.txt");

    private final Map<String, Supplier<Component>> factories = new LinkedHashMap<>();

    private Components() {
    }

    /** The bundled components over {@code gazetteer} and {@code lexicon}. */
    public static Components standard(Gazetteer gazetteer, Lexicon lexicon) {
        Components c = new Components();
        c.factories.put("recognizer", () -> recognizer(RecognizerChoice.DEFAULT.create(gazetteer, lexicon)));
        c.factories.put("grouper", () -> new EntityGrouper(gazetteer, lexicon));
        c.factories.put("times", Components::times);
        c.factories.put("coreference", () -> new Coreference(lexicon));
        c.factories.put("referents", () -> new Referents.Finder(lexicon));
        c.factories.put("relations", () -> new RelationExtractor(gazetteer, lexicon));
        c.factories.put("events", () -> new EventExtractor(lexicon));
        c.factories.put("frames", () -> new PredicateEvents(lexicon));
        c.factories.put("things", Components::things);
        c.factories.put("attributions", () -> new AttributionFinder(lexicon));
        return c;
    }

    /** Adds {@code component}, or replaces the one of the same name. */
    public Components put(Component component) {
        factories.put(component.name(), () -> component);
        return this;
    }

    /** The components named, in this order; an unknown name is an error. */
    public List<Component> list(List<String> names) {
        List<Component> out = new ArrayList<>();
        for (String n : names) {
            Supplier<Component> f = factories.get(n);
            if (f == null) {
                throw new IllegalArgumentException("pipeline lists an unknown component " + n + "; known: " + factories.keySet());
            }
            out.add(f.get());
        }
        return out;
    }

    /** The temporal tagger of {@code extract.time} as the "times" component: reads sentences, adds time expressions. */
    private static Component times() {
        TimexTagger tagger = new TimexTagger();
        return of("times", Set.of(Layer.TOKENS), Set.of(Layer.TIMES), doc -> {
            AnnotatedText text = doc.annotated();
            List<TimeExpression> out = new ArrayList<>();
            List<Sentence> sentences = text.sentences();
            int s = 0;
            // in text order, as the sentences are
            for (Timex t : tagger.tag(text, text.article().metadata().datePublished())) {
                while (sentences.get(s).end() <= t.begin()) {
                    s++;
                }
                out.add(TimeExpression.of(t, sentences.get(s).index()));
            }
            doc.add(Layer.TIMES, out);
        });
    }

    /** A recognizer as the "recognizer" component: reads tokens, adds mentions. */
    public static Component recognizer(Recognizer recognizer) {
        return of("recognizer", Set.of(Layer.TOKENS), Set.of(Layer.MENTIONS),
                doc -> doc.add(Layer.MENTIONS, recognizer.recognize(doc.annotated())));
    }

    /** A component from its name, needs, adds and what it does. */
    public static Component of(String name, Set<Layer<?>> needs, Set<Layer<?>> adds, Consumer<Document> process) {
        return new Component() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Layer<?>> needs() {
                return needs;
            }

            @Override
            public Set<Layer<?>> adds() {
                return adds;
            }

            @Override
            public void process(Document doc) {
                process.accept(doc);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** The described things that relations or events use: a type and a label for each. */
    private static Component things() {
        return of("things", Set.of(Layer.RELATIONS, Layer.EVENTS, PredicateEvents.LAYER, Referents.LAYER), Set.of(Layer.THINGS), doc -> {
            Set<String> used = new java.util.HashSet<>();
            for (Layer<Fact> l : List.of(Layer.RELATIONS, Layer.EVENTS, PredicateEvents.LAYER)) {
                doc.get(l).forEach(f -> {
                    used.add(f.subject());
                    if (f instanceof Fact.Link link) {
                        used.add(link.object());
                    } else if (f instanceof Fact.Argument a && a.ref() != null) {
                        used.add(a.ref());
                    }
                });
            }
            List<Fact> out = new ArrayList<>();
            Referents.of(doc).things().forEach((id, phrase) -> {
                if (used.contains(id)) {
                    out.add(new Fact.Thing(id, phrase.sentence()));
                    out.add(new Fact.Text(id, Fact.Attribute.LABEL, phrase.text(), phrase.sentence()));
                }
            });
            doc.add(Layer.THINGS, out);
        });
    }

    private static List<String> readList(String resource) {
        try (InputStream in = Components.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": missing from the build");
            }
            return List.copyOf(Lexicon.lines(in, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read: " + e.getMessage(), e);
        }
    }
}
