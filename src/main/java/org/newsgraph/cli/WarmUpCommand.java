package org.newsgraph.cli;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.query.BundledQuery;
import org.newsgraph.query.Explainer;
import org.newsgraph.query.QueryCatalog;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.query.StoreCounts;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;

/**
 * Loads the classes a question at the terminal needs: every bundled query in every format, the
 * counts and an explanation, on an empty in-memory store. The {@code newsgraph} script runs it
 * once after each build with {@code -XX:ArchiveClassesAtExit}, so that the class-data archive the
 * quick commands map holds those classes whichever command the user happens to run first.
 */
@Command(name = "warm-up", hidden = true, mixinStandardHelpOptions = true,
        description = "Runs every bundled query on an empty in-memory store (for the newsgraph script's class-data archive).")
final class WarmUpCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        try (TdbStore store = TdbStore.inMemory()) {
            QueryRunner runner = new QueryRunner(store);
            for (BundledQuery q : QueryCatalog.bundled().all()) {
                Map<String, String> params = new LinkedHashMap<>();
                q.parameters().forEach(p -> params.put(p.name(), "x"));
                for (ResultFormat format : ResultFormat.values()) {
                    runner.run(q, params, format, 100, 80, OutputStream.nullOutputStream());
                }
                runner.plan(q, params);
            }
            StoreCounts.uncounted(store);
            StoreCounts.totalsMissing(store);
            new Explainer(store).explain("x");
        }
        return ExitCodes.OK;
    }
}
