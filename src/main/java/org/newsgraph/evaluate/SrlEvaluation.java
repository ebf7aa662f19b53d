package org.newsgraph.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.annotate.DependencyParser;
import org.newsgraph.annotate.PosTagger;
import org.newsgraph.annotate.PropBank;
import org.newsgraph.annotate.RoleLabeler;

/** Tags, parses and role-labels the words of PropBank's sentences, end to end with nothing gold but the words. */
public final class SrlEvaluation {

    private final PosTagger tagger;
    private final DependencyParser parser;
    private final RoleLabeler labeler;

    public SrlEvaluation(PosTagger tagger, DependencyParser parser, RoleLabeler labeler) {
        this.tagger = tagger;
        this.parser = parser;
        this.labeler = labeler;
    }

    public static List<SrlScorer.Labelled> gold(List<PropBank.Sentence> sentences) {
        return sentences.stream().map(s -> new SrlScorer.Labelled(s.id(), s.predicates())).toList();
    }

    public List<SrlScorer.Labelled> predict(List<PropBank.Sentence> sentences) {
        List<SrlScorer.Labelled> out = new ArrayList<>(sentences.size());
        for (PropBank.Sentence s : sentences) {
            String[] words = s.tree().forms();
            PosTagger.Tags tags = tagger.tag(words);
            out.add(new SrlScorer.Labelled(s.id(), labeler.label(words, tags, parser.parse(words, tags))));
        }
        return out;
    }
}
