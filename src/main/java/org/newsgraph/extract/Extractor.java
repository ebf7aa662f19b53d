package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.extract.ner.RecognizerChoice;
import org.newsgraph.lang.Lexicon;

/**
 * The extract stage: runs its components in pipeline order over one {@link Document}. The order
 * is checked when the extractor is built: a component that needs a layer no earlier component
 * adds, or that adds a layer an earlier one added, is an error. Not thread-safe (components may
 * keep per-thread state): one extractor per thread.
 */
public final class Extractor {

    private final List<Component> components;
    private final List<Component> entitiesOnly;

    /** Runs {@code components} in this order; throws IllegalArgumentException when their needs are not met. */
    public Extractor(List<Component> components) {
        this.components = List.copyOf(components);
        check(this.components);
        this.entitiesOnly = prefix(this.components, Layer.ENTITIES);
    }

    /** The standard pipeline with {@code recognizer} in place of the rule-based one (e.g. a dictionary in tests). */
    public Extractor(Recognizer recognizer, Gazetteer gazetteer) {
        this(Components.standard(gazetteer, Lexicon.english()).put(Components.recognizer(recognizer))
                .list(Components.STANDARD_PIPELINE));
    }

    /**
     * The standard extractor: the bundled pipeline list, gazetteers and English lexicon, with the
     * default recognizer ({@link RecognizerChoice#DEFAULT}).
     */
    public static Extractor standard() {
        return standard(RecognizerChoice.DEFAULT);
    }

    /** The standard extractor with the chosen recognizer (and language). */
    public static Extractor standard(RecognizerChoice choice) {
        Gazetteer gazetteer = Gazetteer.load();
        return new Extractor(choice.create(gazetteer, Lexicon.english()), gazetteer);
    }

    /** This pipeline with {@code replacement} in place of the component of the same name. */
    public Extractor with(Component replacement) {
        List<Component> out = new ArrayList<>(components);
        boolean found = false;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).name().equals(replacement.name())) {
                out.set(i, replacement);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no component named " + replacement.name() + " in " + names());
        }
        return new Extractor(out);
    }

    /**
     * This pipeline with each component replaced by what {@code wrap} makes of it (which must keep
     * its name, needs and adds): for instance a timer around every step.
     */
    public Extractor wrapped(UnaryOperator<Component> wrap) {
        return new Extractor(components.stream().map(wrap).toList());
    }

    /** The component names in running order. */
    public List<String> names() {
        return components.stream().map(Component::name).toList();
    }

    /**
     * Only mentions and entities: the components up to the one that adds entities (every sentence
     * left to the publisher). For measuring what the later steps cost, and for users who want
     * only who and what is named.
     */
    public Extraction extractEntities(AnnotatedText text) {
        return run(entitiesOnly, text);
    }

    public Extraction extract(AnnotatedText text) {
        return run(components, text);
    }

    private static Extraction run(List<Component> steps, AnnotatedText text) {
        Document doc = new Document(text);
        for (Component c : steps) {
            c.process(doc);
        }
        return doc.finish();
    }

    private static void check(List<Component> components) {
        Set<Layer<?>> available = new HashSet<>(Set.of(Layer.TOKENS));
        Set<String> names = new HashSet<>();
        for (Component c : components) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("component " + c.name() + " is listed twice");
            }
            for (Layer<?> need : c.needs()) {
                if (!available.contains(need)) {
                    throw new IllegalArgumentException("component " + c.name() + " needs " + need
                            + ", which no component before it adds");
                }
            }
            for (Layer<?> add : c.adds()) {
                if (!available.add(add)) {
                    throw new IllegalArgumentException("component " + c.name() + " adds " + add
                            + ", which a component before it already added");
                }
            }
        }
    }

    private static List<Component> prefix(List<Component> components, Layer<?> last) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).adds().contains(last)) {
                return components.subList(0, i + 1);
            }
        }
        return components;
    }
}
