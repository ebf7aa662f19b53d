package org.newsgraph.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

/**
 * Runs the pipeline on the documents of an IOB file (each sentence one line of text, its tokens
 * joined by spaces) and tags the gold tokens with the mentions found: a token inside a mention
 * takes its entity's graph type, the longest mention winning where they nest. Types the gold file
 * does not use (events in UniversalNER) are left out.
 */
public final class IobEvaluation {

    private static final Map<EntityType, String> TAGS = Map.of(EntityType.PERSON, "PER",
            EntityType.ORGANIZATION, "ORG", EntityType.PLACE, "LOC", EntityType.EVENT, "EVT");

    private final Pipeline pipeline;

    public IobEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Predicted tags for every token of the corpus, in corpus order. */
    public List<String> run(IobCorpus corpus) {
        Set<String> goldTypes = new HashSet<>();
        for (IobCorpus.Span s : IobCorpus.spans(corpus.tags(), corpus.sentenceStarts())) {
            goldTypes.add(s.type());
        }
        List<String> out = new ArrayList<>();
        for (IobCorpus.Doc doc : corpus.docs()) {
            StringBuilder text = new StringBuilder();
            List<int[]> offsets = new ArrayList<>();
            for (List<IobCorpus.Tok> sentence : doc.sentences()) {
                for (int k = 0; k < sentence.size(); k++) {
                    if (k > 0) {
                        text.append(' ');
                    }
                    int begin = text.length();
                    text.append(sentence.get(k).text());
                    offsets.add(new int[] {begin, text.length()});
                }
                text.append('\n');
            }
            String[] tags = new String[offsets.size()];
            Arrays.fill(tags, "O");
            Extraction x = pipeline.extract(new Article(corpus.name() + "#" + doc.id(), text.toString(), ArticleMetadata.EMPTY));
            List<Tagged> mentions = new ArrayList<>();
            for (Entity e : x.entities()) {
                String type = TAGS.get(e.type());
                if (goldTypes.contains(type)) {
                    for (Mention m : e.mentions()) {
                        mentions.add(new Tagged(m.begin(), m.end(), type));
                    }
                }
            }
            mentions.sort((a, b) -> Integer.compare(b.end - b.begin, a.end - a.begin));
            for (Tagged m : mentions) {
                List<Integer> inside = new ArrayList<>();
                boolean free = true;
                for (int k = 0; k < offsets.size(); k++) {
                    if (offsets.get(k)[0] < m.end && m.begin < offsets.get(k)[1]) {
                        inside.add(k);
                        free &= tags[k].equals("O");
                    }
                }
                if (free) {
                    for (int k = 0; k < inside.size(); k++) {
                        tags[inside.get(k)] = (k == 0 ? "B-" : "I-") + m.type;
                    }
                }
            }
            out.addAll(Arrays.asList(tags));
        }
        return out;
    }

    private record Tagged(int begin, int end, String type) {
    }
}
