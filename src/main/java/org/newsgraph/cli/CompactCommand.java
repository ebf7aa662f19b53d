package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Rewrites the TDB2 store without the old versions every write leaves behind, and reports the disk space before and after.")
final class CompactCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TdbStore store = main.openExistingStore()) {
            long before = store.diskSize();
            long quads = store.quadCount();
            store.compact();
            out.printf(Locale.ROOT, "store %s: %d quads; %.1f MB before, %.1f MB after%n", store.directory(), quads,
                    before / 1048576.0, store.diskSize() / 1048576.0);
        }
        return ExitCodes.OK;
    }
}
