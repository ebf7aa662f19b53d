package org.newsgraph.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.newsgraph.export.Json;

/**
 * Event mention detection scored against ECB+'s action mentions, in the annotated sentences only
 * (see {@link EcbPlus}). A system mention is a set of the document's tokens; equal sets are one
 * mention, and one counts when any of its tokens lies in an annotated sentence. Gold and system
 * mentions are paired one to one, by a maximum matching (augmenting paths, gold mentions taken by
 * first token then {@code m_id}, system mentions tried in order of their sorted token lists):
 * under <em>overlap</em> a pair must share a token, under <em>exact</em> have the same tokens.
 * Precision is matched system mentions over system mentions, recall matched gold mentions over
 * gold mentions, and recall is also given per action class. The same tables as
 * {@code scripts/eval-events/score_ecbplus.py} prints for the file of {@link Mention#toJsonLine}s.
 */
public final class EventMentionScorer {

    /** A system event mention: the ECB+ document and the ids of the tokens it covers. */
    public record Mention(String doc, List<Integer> tokens) {

        public Mention {
            tokens = List.copyOf(new TreeSet<>(tokens));
        }

        /** One JSON line: {@code {"doc": "36_1ecb.xml", "tokens": [21, 22]}}. */
        public String toJsonLine() {
            return "{\"doc\": " + Json.quote(doc) + ", \"tokens\": ["
                    + tokens.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]}";
        }
    }

    /** Gold mentions of one action class and how many of them were matched, under overlap and exactly. */
    public record ClassRecall(String type, long gold, long overlap, long exact) {
    }

    /** The two span metrics and the recall per class. */
    public record Report(List<MetricScore> scores, List<ClassRecall> classes) {

        public MetricScore get(String metric) {
            return MetricScore.find(scores, metric);
        }

        public String table() {
            StringBuilder sb = new StringBuilder(MetricScore.table(scores));
            sb.append('\n');
            sb.append("Class                |      Gold |   Overlap |    Recall |     Exact |    Recall\n");
            sb.append("---------------------+-----------+-----------+-----------+-----------+-----------\n");
            for (ClassRecall c : classes) {
                sb.append(String.format(Locale.ROOT, "%-21s|%10d |%10d |%s |%10d |%s%n", c.type(), c.gold(),
                        c.overlap(), PythonFormat.fixed10(100.0 * c.overlap() / c.gold()), c.exact(),
                        PythonFormat.fixed10(100.0 * c.exact() / c.gold())));
            }
            return sb.toString();
        }
    }

    public static final String OVERLAP = "Mentions overlap";
    public static final String EXACT = "Mentions exact";

    public Report score(List<EcbPlus.Document> gold, List<Mention> system) {
        Map<String, List<Mention>> byDoc = new HashMap<>();
        for (Mention m : system) {
            byDoc.computeIfAbsent(m.doc(), k -> new ArrayList<>()).add(m);
        }
        Set<String> names = gold.stream().map(EcbPlus.Document::name).collect(Collectors.toSet());
        for (String doc : byDoc.keySet()) {
            if (!names.contains(doc)) {
                throw new IllegalArgumentException("system mentions for " + doc + ", which is not a gold document");
            }
        }
        long goldCount = 0;
        long systemCount = 0;
        long overlap = 0;
        long exact = 0;
        Map<String, long[]> classes = new TreeMap<>();
        for (EcbPlus.Document doc : gold) {
            Map<Integer, Integer> sentenceOf = new HashMap<>();
            doc.tokens().forEach(t -> sentenceOf.put(t.id(), t.sentence()));
            List<List<Integer>> sys = byDoc.getOrDefault(doc.name(), List.of()).stream().map(Mention::tokens)
                    .filter(ts -> ts.stream().anyMatch(t -> doc.annotated().contains(sentence(doc, sentenceOf, t))))
                    .distinct().sorted(EventMentionScorer::compare).toList();
            List<EcbPlus.Action> acts = doc.actions();
            boolean[] byOverlap = match(acts, sys, (a, s) -> !Collections.disjoint(a.tokens(), s));
            boolean[] byExact = match(acts, sys, (a, s) -> a.tokens().equals(s));
            goldCount += acts.size();
            systemCount += sys.size();
            for (int i = 0; i < acts.size(); i++) {
                long[] c = classes.computeIfAbsent(acts.get(i).type(), k -> new long[3]);
                c[0]++;
                if (byOverlap[i]) {
                    overlap++;
                    c[1]++;
                }
                if (byExact[i]) {
                    exact++;
                    c[2]++;
                }
            }
        }
        List<ClassRecall> perClass = new ArrayList<>();
        classes.forEach((type, c) -> perClass.add(new ClassRecall(type, c[0], c[1], c[2])));
        return new Report(List.of(new MetricScore(OVERLAP, goldCount, systemCount, overlap, null),
                new MetricScore(EXACT, goldCount, systemCount, exact, null)), perClass);
    }

    /** Which gold mentions a maximum one-to-one matching pairs (Kuhn's augmenting paths, in the documented order). */
    private static boolean[] match(List<EcbPlus.Action> gold, List<List<Integer>> system,
            BiPredicate<EcbPlus.Action, List<Integer>> fits) {
        List<List<Integer>> candidates = new ArrayList<>();
        for (EcbPlus.Action a : gold) {
            List<Integer> c = new ArrayList<>();
            for (int s = 0; s < system.size(); s++) {
                if (fits.test(a, system.get(s))) {
                    c.add(s);
                }
            }
            candidates.add(c);
        }
        int[] owner = new int[system.size()];
        Arrays.fill(owner, -1);
        boolean[] matched = new boolean[gold.size()];
        for (int g = 0; g < gold.size(); g++) {
            matched[g] = augment(g, candidates, owner, new HashSet<>());
        }
        return matched;
    }

    private static boolean augment(int g, List<List<Integer>> candidates, int[] owner, Set<Integer> seen) {
        for (int s : candidates.get(g)) {
            if (seen.add(s) && (owner[s] < 0 || augment(owner[s], candidates, owner, seen))) {
                owner[s] = g;
                return true;
            }
        }
        return false;
    }

    private static int sentence(EcbPlus.Document doc, Map<Integer, Integer> sentenceOf, int token) {
        Integer s = sentenceOf.get(token);
        if (s == null) {
            throw new IllegalArgumentException("a system mention of " + doc.name() + " has token " + token
                    + ", which the document does not have");
        }
        return s;
    }

    /** Token lists compared element by element, a prefix first. */
    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
