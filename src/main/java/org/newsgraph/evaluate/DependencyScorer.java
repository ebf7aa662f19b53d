package org.newsgraph.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.annotate.Conllu;

/**
 * CoNLL 2018 shared-task metrics (the verbose table of {@code conll18_ud_eval.py}) for a system
 * parse of the gold words: relations without subtypes, universal features only, CLAS/MLAS/BLEX on
 * content words. The same figures as {@code scripts/eval-deps/conllu_eval.py}.
 */
public final class DependencyScorer {

    private static final Set<String> CONTENT = Set.of("nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl",
            "vocative", "expl", "dislocated", "advcl", "advmod", "discourse", "nmod", "appos", "nummod", "acl", "amod",
            "conj", "fixed", "flat", "compound", "list", "parataxis", "orphan", "goeswith", "reparandum", "root", "dep");
    private static final Set<String> FUNCTIONAL = Set.of("aux", "cop", "mark", "det", "clf", "case", "cc");
    private static final Set<String> UNIVERSAL_FEATS = Set.of("PronType", "NumType", "Poss", "Reflex", "Foreign",
            "Abbr", "Gender", "Animacy", "Number", "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect",
            "Voice", "Evident", "Polarity", "Person", "Polite");
    private static final List<String> METRICS = List.of("UPOS", "XPOS", "UFeats", "AllTags", "Lemmas", "UAS", "LAS",
            "CLAS", "MLAS", "BLEX");

    /** All the metrics, in the reference scorer's order. */
    public record Report(List<MetricScore> scores) {

        public MetricScore get(String metric) {
            return MetricScore.find(scores, metric);
        }

        /** The table as the reference scorer prints it. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append("Metric     | Precision |    Recall |  F1 Score | AligndAcc\n");
            sb.append("-----------+-----------+-----------+-----------+-----------\n");
            for (MetricScore s : scores) {
                String acc = s.aligned() == null ? ""
                        : PythonFormat.fixed10(100 * (s.aligned() == 0 ? 0.0 : (double) s.correct() / s.aligned()));
                Counts c = s.counts();
                sb.append(String.format(java.util.Locale.ROOT, "%-11s|%s |%s |%s |%s%n", s.metric(),
                        PythonFormat.fixed10(100 * c.precision()), PythonFormat.fixed10(100 * c.recall()),
                        PythonFormat.fixed10(100 * c.f1()), acc));
            }
            return sb.toString();
        }
    }

    private record W(String form, String lemma, String upos, String xpos, String feats, int head, String deprel,
            List<Integer> children) {
    }

    /**
     * Scores system sentences against gold ones with the same words.
     *
     * @throws IllegalArgumentException when the words differ (this scorer does not align tokenizations)
     */
    public Report score(List<Conllu.Sentence> gold, List<Conllu.Sentence> system) {
        if (gold.size() != system.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " sentences, system " + system.size());
        }
        long goldTokens = 0;
        long systemTokens = 0;
        long words = 0;
        long[][] counts = new long[METRICS.size()][3];
        for (int si = 0; si < gold.size(); si++) {
            List<W> g = words(gold.get(si));
            List<W> s = words(system.get(si));
            if (!g.stream().map(W::form).toList().equals(s.stream().map(W::form).toList())) {
                throw new IllegalArgumentException("sentence " + (si + 1) + ": the system's words are not the gold words");
            }
            goldTokens += tokens(gold.get(si));
            systemTokens += tokens(system.get(si));
            words += g.size();
            for (int m = 0; m < METRICS.size(); m++) {
                String metric = METRICS.get(m);
                boolean content = metric.equals("CLAS") || metric.equals("MLAS") || metric.equals("BLEX");
                for (int i = 0; i < g.size(); i++) {
                    boolean gIn = !content || CONTENT.contains(g.get(i).deprel());
                    boolean sIn = !content || CONTENT.contains(s.get(i).deprel());
                    counts[m][0] += gIn ? 1 : 0;
                    counts[m][1] += sIn ? 1 : 0;
                    if (gIn && Objects.equals(key(metric, g, i, g), key(metric, s, i, g))) {
                        counts[m][2]++;
                    }
                }
            }
        }
        if (goldTokens != systemTokens) {
            throw new IllegalArgumentException("the system's tokens are not the gold tokens");
        }
        List<MetricScore> scores = new ArrayList<>();
        scores.add(new MetricScore("Tokens", goldTokens, systemTokens, goldTokens, null));
        scores.add(new MetricScore("Sentences", gold.size(), system.size(), gold.size(), null));
        scores.add(new MetricScore("Words", words, words, words, null));
        for (int m = 0; m < METRICS.size(); m++) {
            scores.add(new MetricScore(METRICS.get(m), counts[m][0], counts[m][1], counts[m][2], counts[m][0]));
        }
        return new Report(scores);
    }

    private static Object key(String metric, List<W> s, int i, List<W> gold) {
        W w = s.get(i);
        String lemma = gold.get(i).lemma().equals("_") ? "_" : w.lemma();
        return switch (metric) {
            case "UPOS" -> w.upos();
            case "XPOS" -> w.xpos();
            case "UFeats" -> w.feats();
            case "AllTags" -> List.of(w.upos(), w.xpos(), w.feats());
            case "Lemmas" -> lemma;
            case "UAS" -> w.head();
            case "LAS", "CLAS" -> List.of(w.head(), w.deprel());
            case "MLAS" -> List.of(w.head(), w.deprel(), w.upos(), w.feats(), w.children().stream()
                    .map(c -> List.of(c, s.get(c).deprel(), s.get(c).upos(), s.get(c).feats())).toList());
            case "BLEX" -> List.of(w.head(), w.deprel(), lemma);
            default -> throw new IllegalArgumentException(metric);
        };
    }

    private static List<W> words(Conllu.Sentence sentence) {
        List<W> out = new ArrayList<>();
        int roots = 0;
        for (Conllu.Word w : sentence.words()) {
            String feats = Arrays.stream(w.feats().split("\\|"))
                    .filter(f -> UNIVERSAL_FEATS.contains(f.split("=", 2)[0])).sorted().collect(Collectors.joining("|"));
            out.add(new W(w.form(), w.lemma(), w.upos(), w.xpos(), feats, w.head(), w.deprel().split(":")[0],
                    new ArrayList<>()));
            roots += w.head() == 0 ? 1 : 0;
        }
        if (roots != 1) {
            throw new IllegalArgumentException("a sentence with " + roots + " roots: " + String.join(" ", sentence.forms()));
        }
        for (int i = 0; i < out.size(); i++) {
            W w = out.get(i);
            if (w.head() > 0 && FUNCTIONAL.contains(w.deprel())) {
                out.get(w.head() - 1).children().add(i);
            }
        }
        return out;
    }

    /** Tokens: words outside multiword tokens, plus the multiword tokens. */
    private static long tokens(Conllu.Sentence sentence) {
        long n = sentence.words().size();
        for (String line : sentence.otherLines()) {
            if (!line.startsWith("#")) {
                String[] range = line.substring(0, line.indexOf('\t')).split("-");
                n -= Integer.parseInt(range[1]) - Integer.parseInt(range[0]);
            }
        }
        return n;
    }
}
