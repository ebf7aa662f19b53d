package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.newsgraph.evaluate.GoldDocument;
import org.newsgraph.evaluate.QueryBenchmark;
import org.newsgraph.query.BundledQuery;
import org.newsgraph.query.QueryCatalog;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench query}: each bundled query's median time on stores of 2,000 and 20,000 articles. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Times every bundled query on stores of --articles articles, built once in --work from GUM texts: "
                + "the texts are ingested into a base store whose articles are copied under new IRIs and distinct headlines "
                + "and bulk loaded.",
                "Each of --runs runs times the query as a command (newsgraph query NAME --format tsv, its start included: "
                + "through the newsgraph script when bench was started by it, with its start-up options; else in a JVM of its own) "
                + "and in this JVM (opening the store as a command would; wall-clock and the "
                + "query thread's CPU time); the table gives the medians.",
                "The 20,000-article store takes about 20 minutes and 21 GB; run it under nice."})
final class BenchQueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "/tmp/newsgraph-bench",
            description = "where the stores are built and kept (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--gold", paramLabel = "DIR", split = ",",
            defaultValue = "../shared/eval/gum,../shared/train/gum/json",
            description = "directories of GUM documents whose texts become the articles (default: ${DEFAULT-VALUE})")
    List<Path> gold;

    @Option(names = "--articles", paramLabel = "N", split = ",", defaultValue = "2000,20000",
            description = "store sizes to time (default: ${DEFAULT-VALUE})")
    List<Integer> articles;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "time the .rq files of DIR instead of the bundled queries (for example an older version's)")
    Path queries;

    @Option(names = "--only", paramLabel = "NAME", split = ",", description = "only these queries")
    List<String> only;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "parameter values (default: entity = the most mentioned person, article = the first article listed, "
                    + "event = the first event)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "timed runs per query (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "stop a query after this long and report it as slower (default: ${DEFAULT-VALUE})")
    int timeout;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1) {
            err.println("bench query: --runs must be at least 1");
            return ExitCodes.ERROR;
        }
        List<GoldDocument> texts = new ArrayList<>();
        gold.forEach(dir -> texts.addAll(GoldDocument.load(dir, null)));
        List<BundledQuery> timed = new ArrayList<>(queries == null ? QueryCatalog.bundled().all() : QueryCatalog.readAll(queries));
        if (only != null) {
            timed.removeIf(q -> !only.contains(q.name()));
        }
        QueryBenchmark bench = new QueryBenchmark(work, m -> {
            err.println(m);
            err.flush();
        });
        for (int n : articles) {
            Path store = bench.store(n, texts);
            Map<String, String> values = new LinkedHashMap<>(defaults(store));
            values.putAll(params);
            out.printf(java.util.Locale.ROOT, "%n%d articles (%s), %s, %d runs, load average %.2f%n", n, store, values, runs,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            QueryBenchmark.print(bench.time(store, timed, q -> queries == null ? q.name() : queries.resolve(q.name() + ".rq").toString(),
                    values, runs, timeout * 1000L), out);
        }
        return ExitCodes.OK;
    }

    private static Map<String, String> defaults(Path path) {
        Map<String, String> out = new LinkedHashMap<>();
        QueryCatalog catalog = QueryCatalog.bundled();
        try (TdbStore store = TdbStore.open(path)) {
            QueryRunner runner = new QueryRunner(store);
            List<Map<String, Node>> people = runner.select(catalog.get("people").orElseThrow(), Map.of());
            if (!people.isEmpty()) {
                out.put("entity", people.get(0).get("label").getLiteralLexicalForm());
            }
            List<Map<String, Node>> articles = runner.select(catalog.get("articles").orElseThrow(), Map.of());
            if (!articles.isEmpty()) {
                out.put("article", articles.get(0).get("article").getURI());
            }
            // the first event stored: listing the timeline of every event to take its first row costs minutes
            store.read(ds -> {
                var triggers = ds.asDatasetGraph().find(Node.ANY, Node.ANY, NG.trigger, Node.ANY);
                if (triggers.hasNext()) {
                    out.put("event", triggers.next().getSubject().getURI());
                }
                return null;
            });
        }
        return out;
    }
}
