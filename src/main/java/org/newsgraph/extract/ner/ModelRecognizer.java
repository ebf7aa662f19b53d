package org.newsgraph.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Recognizer;
import org.newsgraph.extract.gazetteer.Gazetteer;

/**
 * The trained recognizer: the {@link NerModel} tags each sentence (GUM's span convention, titles
 * inside person spans), then the document is made consistent: one name gets the type the
 * document gives it most often, a person's surname or given name alone is that person, and a
 * name tagged somewhere is a mention wherever else it appears capitalized. Names the model
 * types as other names (products, works, currencies, indexes) are kept out of the graph and
 * keep their type through the document. Places named inside a person's title ("US President
 * ...") or inside a body's name ("Medical Journal of Australia") are mentions of their own.
 * Thread-safe.
 */
public final class ModelRecognizer implements Recognizer {

    private static final int OTHER = -1;

    private final NerModel model;
    private final NerFeatures features;
    private final Gazetteer gazetteer;
    /** Entity type by label index; null for O. */
    private final String[] typeOfLabel;

    public ModelRecognizer(NerModel model, WordClusters clusters, Gazetteer gazetteer) {
        this.model = model;
        this.features = new NerFeatures(gazetteer, clusters);
        this.gazetteer = gazetteer;
        List<String> labels = model.labels();
        typeOfLabel = new String[labels.size()];
        for (int k = 0; k < labels.size(); k++) {
            typeOfLabel[k] = labels.get(k).equals("O") ? null : labels.get(k).substring(2);
        }
    }

    /** The bundled model and clusters. */
    public static ModelRecognizer bundled(Gazetteer gazetteer) {
        return new ModelRecognizer(NerModel.bundled(), Clusters.BUNDLED, gazetteer);
    }

    /** A model file written by scripts/train-ner (e.g. one held-out fold's), with the bundled clusters. */
    public static ModelRecognizer fromFile(Path modelFile, Gazetteer gazetteer) {
        try (InputStream in = Files.newInputStream(modelFile)) {
            return new ModelRecognizer(NerModel.read(in, modelFile.toString()), Clusters.BUNDLED, gazetteer);
        } catch (IOException e) {
            throw new UncheckedIOException(modelFile + ": cannot read entity model: " + e.getMessage(), e);
        }
    }

    private static final class Clusters {
        static final WordClusters BUNDLED = WordClusters.bundled();
    }

    @Override
    public List<Mention> recognize(AnnotatedText text) {
        return analyze(text).mentions();
    }

    /**
     * The mentions, and the character ranges of the names the model types as other names
     * (products, works, currencies): {@link HybridRecognizer} drops rule mentions there.
     */
    Analysis analyze(AnnotatedText text) {
        List<Span> spans = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> t = s.tokens();
            String[] words = new String[t.size()];
            String[] pos = new String[t.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = t.get(i).text();
                pos[i] = t.get(i).pos();
            }
            int[] labels = model.tag(features, words, pos, false);
            for (int i = 0; i < labels.length; i++) {
                String type = typeOfLabel[labels[i]];
                if (type == null || !model.labels().get(labels[i]).startsWith("B-")) {
                    continue;
                }
                int j = i;
                while (j + 1 < labels.length && model.labels().get(labels[j + 1]).equals("I-" + type)) {
                    j++;
                }
                spans.add(new Span(s, i, j, typeIndex(type)));
                i = j;
            }
        }
        spans = consistent(text, spans);
        List<Mention> out = new ArrayList<>();
        List<int[]> others = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Span sp : spans) {
            if (sp.type == OTHER) {
                List<Token> t = sp.sentence.tokens();
                others.add(new int[] {t.get(sp.first).begin(), t.get(sp.last).end()});
                continue;
            }
            for (Mention m : mentions(sp)) {
                if (seen.add(((long) m.begin() << 32) | m.end())) {
                    out.add(m);
                }
            }
        }
        out.sort(TEXT_ORDER);
        return new Analysis(out, others);
    }

    /** Mentions in text order, the longer first where two begin together. */
    static final java.util.Comparator<Mention> TEXT_ORDER =
            (a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end());

    /** The model's mentions and the ranges of the other names it found. */
    record Analysis(List<Mention> mentions, List<int[]> others) {
    }

    private static final EntityType[] TYPES = EntityType.values();

    private static int typeIndex(String label) {
        return switch (label) {
            case "PER" -> EntityType.PERSON.ordinal();
            case "ORG" -> EntityType.ORGANIZATION.ordinal();
            case "LOC" -> EntityType.PLACE.ordinal();
            case "EVT" -> EntityType.EVENT.ordinal();
            default -> OTHER;
        };
    }

    /**
     * Document consistency over the model's spans: each name (the span's name part) takes its
     * commonest type in the document; a single word that is the first or last word of a person's
     * fuller name is that person; a name found once is found wherever it recurs capitalized.
     */
    private List<Span> consistent(AnnotatedText text, List<Span> spans) {
        Map<String, int[]> votes = new HashMap<>();
        Set<String> personParts = new HashSet<>();
        for (Span sp : spans) {
            votes.computeIfAbsent(sp.name(), k -> new int[TYPES.length + 1])[sp.type + 1]++;
            if (sp.type == EntityType.PERSON.ordinal() && sp.last > sp.nameFirst(gazetteer)) {
                List<Token> t = sp.sentence.tokens();
                personParts.add(t.get(sp.last).text());
                personParts.add(t.get(sp.nameFirst(gazetteer)).text());
            }
        }
        Map<String, Integer> typeOf = new HashMap<>();
        votes.forEach((name, v) -> {
            int best = 0;
            for (int k = 1; k < v.length; k++) {
                if (v[k] > v[best]) {
                    best = k;
                }
            }
            typeOf.put(name, best - 1);
        });
        List<Span> out = new ArrayList<>(spans.size());
        for (Span sp : spans) {
            int type = typeOf.get(sp.name());
            if (sp.first == sp.last && personParts.contains(sp.name()) && type != OTHER) {
                type = EntityType.PERSON.ordinal();
            }
            out.add(new Span(sp.sentence, sp.first, sp.last, type));
        }
        out.addAll(recurrences(text, out, typeOf, personParts));
        return out;
    }

    /** Untagged capitalized occurrences of names tagged elsewhere in the document. */
    private List<Span> recurrences(AnnotatedText text, List<Span> spans, Map<String, Integer> typeOf, Set<String> personParts) {
        Map<String, Integer> names = new HashMap<>();
        int longest = 1;
        for (Span sp : spans) {
            if (sp.type != OTHER && sp.first == sp.nameFirst(gazetteer)) {
                names.put(sp.name(), sp.type);
                longest = Math.max(longest, sp.last - sp.first + 1);
            }
        }
        for (String part : personParts) {
            names.putIfAbsent(part, EntityType.PERSON.ordinal());
        }
        Set<Long> covered = new HashSet<>();
        for (Span sp : spans) {
            for (int i = sp.first; i <= sp.last; i++) {
                covered.add(((long) sp.sentence.index() << 32) | i);
            }
        }
        List<Span> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (covered.contains(((long) s.index() << 32) | i) || !t.get(i).isCapitalized()) {
                    continue;
                }
                for (int j = Math.min(t.size() - 1, i + longest - 1); j >= i; j--) {
                    if (covered.contains(((long) s.index() << 32) | j)) {
                        continue;
                    }
                    String phrase = s.text().substring(t.get(i).begin() - s.begin(), t.get(j).end() - s.begin());
                    Integer type = names.get(phrase);
                    // a single word opening a sentence is capitalized anyway: no evidence it is the name
                    if (type != null && (j > i || i > 0) && !capitalizedAround(t, i, j)
                            && (typeOf.getOrDefault(phrase, type) != OTHER)) {
                        out.add(new Span(s, i, j, type));
                        i = j;
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Whether the phrase continues into capitalized words: then it is part of a longer name. */
    private static boolean capitalizedAround(List<Token> t, int i, int j) {
        return i > 0 && t.get(i - 1).isCapitalized() && i - 1 > 0 || j + 1 < t.size() && t.get(j + 1).isCapitalized();
    }

    private List<Mention> mentions(Span sp) {
        List<Token> t = sp.sentence.tokens();
        int begin = t.get(sp.first).begin();
        int end = t.get(sp.last).end();
        EntityType type = TYPES[sp.type];
        List<Mention> out = new ArrayList<>();
        int nameFirst = type == EntityType.PERSON ? sp.nameFirst(gazetteer) : sp.first;
        out.add(new Mention(begin, end, t.get(nameFirst).begin(), end, type, sp.sentence.index()));
        if (type == EntityType.PERSON) {
            nestedPlaces(out, sp.sentence, sp.first, nameFirst - 1);
        } else if (type != EntityType.PLACE) {
            nestedPlaces(out, sp.sentence, sp.first, sp.last);
        }
        return out;
    }

    /**
     * Countries, regions and cities among tokens {@code from..to} of a longer name, where they name
     * a place rather than make up the name: at its start ("US Army") or after "of"/"in".
     */
    private void nestedPlaces(List<Mention> out, Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        for (int i = from; i <= to; i++) {
            if (i > from && !PLACE_LINKS.contains(t.get(i - 1).text())) {
                continue;
            }
            for (int j = Math.min(to, i + 3); j >= i; j--) {
                if (i == from && j == to && t.get(j).end() == out.get(0).end()) {
                    continue;
                }
                String phrase = s.text().substring(t.get(i).begin() - s.begin(), t.get(j).end() - s.begin());
                if (gazetteer.isCountry(phrase) || gazetteer.isRegion(phrase) || gazetteer.isCity(phrase)) {
                    out.add(Mention.of(t.get(i).begin(), t.get(j).end(), EntityType.PLACE, s.index()));
                    i = j;
                    break;
                }
            }
        }
    }

    private static final Set<String> PLACE_LINKS = Set.of("of", "in");

    /** A tagged span: tokens {@code first..last} of a sentence; {@code type} an EntityType ordinal or OTHER. */
    private record Span(Sentence sentence, int first, int last, int type) {

        String name() {
            List<Token> t = sentence.tokens();
            return sentence.text().substring(t.get(first).begin() - sentence.begin(), t.get(last).end() - sentence.begin());
        }

        /**
         * Where a person's name starts after the titles and modifiers GUM includes in the span
         * ("US President Barack Obama"): after the last title, lower-case or place word.
         */
        int nameFirst(Gazetteer gazetteer) {
            List<Token> t = sentence.tokens();
            int start = first;
            for (int i = first; i < last; i++) {
                String w = t.get(i).text();
                if (gazetteer.isPersonTitle(w) || !t.get(i).isCapitalized() && w.length() > 3 || gazetteer.isCountry(w)
                        || gazetteer.countryOfDemonym(w).isPresent() || w.endsWith("'s") || w.endsWith("’s")
                        || i + 1 < last && gazetteer.isPersonTitle(w + " " + t.get(i + 1).text())) {
                    start = i + 1;
                }
            }
            return start;
        }
    }
}
