package org.newsgraph.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.annotate.CodePoints;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

/**
 * Runs the pipeline on each gold document's exact text and collects its mentions in the scorer's
 * format, with the entity key as cluster id and the entity's graph type as the mention type.
 */
public final class MentionEvaluation {

    private final Pipeline pipeline;

    public MentionEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public List<SystemMention> run(List<GoldDocument> docs) {
        List<SystemMention> out = new ArrayList<>();
        for (GoldDocument doc : docs) {
            out.addAll(mentions(doc.id(), pipeline.extract(new Article(doc.id(), doc.text(), ArticleMetadata.EMPTY))));
        }
        return out;
    }

    /** The extraction's mentions with code point offsets, in text order. */
    public static List<SystemMention> mentions(String docId, Extraction x) {
        CodePoints cp = new CodePoints(x.text().text());
        List<SystemMention> out = new ArrayList<>();
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                out.add(new SystemMention(docId, cp.offset(m.begin()), cp.offset(m.end()), e.type().key(), e.key()));
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return out;
    }
}
