package org.newsgraph.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

/**
 * Runs the pipeline on the text of each ECB+ document and takes the triggers of the events it
 * extracts as event mentions, mapped to the document's tokens.
 */
public final class EventMentionEvaluation {

    /**
     * A document's text as the pipeline reads it, and where each of its tokens lies (UTF-16
     * offsets): the tokens of a sentence joined by spaces, one sentence a line, so that the
     * annotator keeps ECB+'s sentence ends and, splitting at white space first, its token ends.
     */
    public record Layout(String text, int[] begins, int[] ends) {
    }

    private final Pipeline pipeline;

    public EventMentionEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The system's event mentions of every document, in document order. */
    public List<EventMentionScorer.Mention> run(List<EcbPlus.Document> docs) {
        List<EventMentionScorer.Mention> out = new ArrayList<>();
        for (EcbPlus.Document doc : docs) {
            Layout layout = layout(doc);
            Extraction x = pipeline.extract(new Article(doc.name(), layout.text(), ArticleMetadata.EMPTY));
            if (!x.text().text().equals(layout.text())) {
                throw new IllegalStateException(doc.name() + ": the pipeline annotated another text than the one given");
            }
            for (Fact f : x.facts()) {
                if (f instanceof Fact.Trigger t) {
                    mention(doc, layout, t.begin(), t.end()).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    public static Layout layout(EcbPlus.Document doc) {
        StringBuilder text = new StringBuilder();
        List<EcbPlus.Token> tokens = doc.tokens();
        int[] begins = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                text.append(tokens.get(i).sentence() == tokens.get(i - 1).sentence() ? ' ' : '\n');
            }
            begins[i] = text.length();
            text.append(tokens.get(i).text());
            ends[i] = text.length();
        }
        return new Layout(text.toString(), begins, ends);
    }

    /** The mention of the tokens that {@code [begin, end)} overlaps; empty when it overlaps none. */
    public static Optional<EventMentionScorer.Mention> mention(EcbPlus.Document doc, Layout layout, int begin,
            int end) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < layout.begins().length; i++) {
            if (layout.begins()[i] < end && begin < layout.ends()[i]) {
                ids.add(doc.tokens().get(i).id());
            }
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of(new EventMentionScorer.Mention(doc.name(), ids));
    }
}
