package org.newsgraph.extract.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.NameRecognizer;
import org.newsgraph.extract.Recognizer;

/**
 * The rules' mentions checked by the trained model: a rule mention whose name the model reads as
 * another kind of name (a product, a work, a currency, an index) is dropped; one whose exact name
 * the model types differently takes the model's type; names only the model finds are added.
 * Then every name gets the type the document gives it most often. Thread-safe when the rules are
 * used by one thread at a time (the extractor is per thread).
 */
public final class HybridRecognizer implements Recognizer {

    private final NameRecognizer rules;
    private final ModelRecognizer model;

    public HybridRecognizer(NameRecognizer rules, ModelRecognizer model) {
        this.rules = rules;
        this.model = model;
    }

    @Override
    public List<Mention> recognize(AnnotatedText text) {
        String doc = text.text();
        ModelRecognizer.Analysis m = model.analyze(text);
        List<Mention> out = new ArrayList<>();
        for (Mention r : rules.recognize(text)) {
            if (insideOther(r, m.others())) {
                continue;
            }
            Mention same = null;
            for (Mention x : m.mentions()) {
                if (x.nameBegin() == r.nameBegin() && x.nameEnd() == r.nameEnd()) {
                    same = x;
                    break;
                }
            }
            out.add(same != null && same.type() != r.entityType()
                    ? new Mention(r.begin(), r.end(), r.nameBegin(), r.nameEnd(), same.type(), r.sentence()) : r);
        }
        List<Mention> rulesOnly = List.copyOf(out);
        for (Mention x : m.mentions()) {
            if (rulesOnly.stream().noneMatch(x::overlaps)) {
                out.add(x);
            }
        }
        out.sort(ModelRecognizer.TEXT_ORDER);
        return majority(doc, out);
    }

    /** Whether most of the mention's name lies in a name the model typed as another kind of name. */
    private static boolean insideOther(Mention r, List<int[]> others) {
        for (int[] o : others) {
            int overlap = Math.min(o[1], r.nameEnd()) - Math.max(o[0], r.nameBegin());
            if (2 * overlap > r.nameEnd() - r.nameBegin()) {
                return true;
            }
        }
        return false;
    }

    /** Each name takes the graph type the document gives it most often (the earliest on ties). */
    private static List<Mention> majority(String doc, List<Mention> mentions) {
        Map<String, int[]> votes = new HashMap<>();
        Map<String, EntityType> first = new HashMap<>();
        for (Mention x : mentions) {
            votes.computeIfAbsent(x.name(doc), k -> new int[EntityType.values().length])[x.entityType().ordinal()]++;
            first.putIfAbsent(x.name(doc), x.entityType());
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention x : mentions) {
            int[] v = votes.get(x.name(doc));
            EntityType best = first.get(x.name(doc));
            for (EntityType t : EntityType.values()) {
                if (v[t.ordinal()] > v[best.ordinal()]) {
                    best = t;
                }
            }
            out.add(best == x.entityType() ? x
                    : new Mention(x.begin(), x.end(), x.nameBegin(), x.nameEnd(), best, x.sentence()));
        }
        return out;
    }
}
