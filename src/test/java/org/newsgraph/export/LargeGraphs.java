package org.newsgraph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.newsgraph.export.VisualGraph.Article;
import org.newsgraph.export.VisualGraph.Edge;
import org.newsgraph.export.VisualGraph.EdgeKind;
import org.newsgraph.export.VisualGraph.Kind;
import org.newsgraph.export.VisualGraph.Node;
import org.newsgraph.export.VisualGraph.Source;

/**
 * Generated visual graphs of any size, shaped like a corpus: entities "Entity N" (other name
 * "alias-N") named in one to three of the articles, co-occurring mostly with entities of the same
 * articles, a few relations and event links, one source sentence per node and edge.
 */
final class LargeGraphs {

    private LargeGraphs() {
    }

    static VisualGraph generate(int nodeCount, int articleCount, long seed) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int a = 0; a < articleCount; a++) {
            articles.add(new Article("https://example.org/article/" + a, "Headline of article " + a, day.plusDays(a).toString()));
        }
        Kind[] kinds = {Kind.PERSON, Kind.ORGANIZATION, Kind.PLACE};
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<List<Integer>> byArticle = new ArrayList<>();
        for (int a = 0; a < articleCount; a++) {
            byArticle.add(new ArrayList<>());
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            TreeSet<Integer> in = new TreeSet<>();
            int home = i * articleCount / nodeCount;
            in.add(home);
            for (int k = random.nextInt(3); k > 0; k--) {
                in.add(random.nextInt(articleCount));
            }
            in.forEach(a -> byArticle.get(a).add(ids.size()));
            String id = "https://w3id.org/newsgraph/id/entity/" + i;
            ids.add(id);
            nodes.put(id, new Node(id, "Entity " + i, kinds[i % 3], "", 1 + random.nextInt(30), List.of("alias-" + i),
                    List.copyOf(in), List.of(source(home, i, articles))));
        }
        List<Edge> edges = new ArrayList<>();
        for (int a = 0; a < articleCount; a++) {
            List<Integer> members = byArticle.get(a);
            for (int k = 0; k < members.size(); k++) {
                int x = members.get(random.nextInt(members.size()));
                int y = members.get(random.nextInt(members.size()));
                if (x != y) {
                    EdgeKind kind = k % 20 == 0 ? EdgeKind.RELATION : k % 25 == 1 ? EdgeKind.EVENT : EdgeKind.COOCCURRENCE;
                    edges.add(new Edge(kind, ids.get(x), ids.get(y), "", kind == EdgeKind.COOCCURRENCE ? "co-occurs" : "member of",
                            1 + random.nextInt(5), List.of(a), List.of(source(a, x, articles))));
                }
            }
        }
        return new VisualGraph(nodes, edges, articles);
    }

    private static Source source(int article, int node, List<Article> articles) {
        return new Source(articles.get(article).id() + "#char=" + node + "," + (node + 40),
                "Entity " + node + " was named in a sentence of article " + article + ".", articles.get(article).headline());
    }
}
