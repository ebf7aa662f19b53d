package org.newsgraph.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.annotate.Conllu;
import org.newsgraph.annotate.DependencyParser;
import org.newsgraph.annotate.PosTagger;

/** Tags and parses the words of gold CoNLL-U sentences, for scoring against the gold trees. */
public final class DependencyEvaluation {

    private final PosTagger tagger;
    private final DependencyParser parser;

    public DependencyEvaluation(PosTagger tagger, DependencyParser parser) {
        this.tagger = tagger;
        this.parser = parser;
    }

    /** The system's sentences: the gold words and tokens with predicted tags, heads and relations. */
    public List<Conllu.Sentence> parse(List<Conllu.Sentence> gold) {
        List<Conllu.Sentence> out = new ArrayList<>(gold.size());
        for (Conllu.Sentence s : gold) {
            String[] forms = s.forms();
            PosTagger.Tags tags = tagger.tag(forms);
            DependencyParser.Parse parse = parser.parse(forms, tags);
            List<Conllu.Word> words = new ArrayList<>(forms.length);
            for (int i = 0; i < forms.length; i++) {
                words.add(s.words().get(i).predicted(tags.upos()[i], tags.xpos()[i], parse.heads()[i],
                        parse.relations()[i]));
            }
            out.add(s.withWords(words));
        }
        return out;
    }
}
