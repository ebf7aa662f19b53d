package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.newsgraph.rdf.ExtractionRun;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code newsgraph} command: global options and the subcommands. */
@Command(name = "newsgraph",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns news articles into a knowledge graph with per-sentence provenance "
                + "(RDF in an embedded Apache Jena TDB2 store).",
        subcommands = {
                IngestCommand.class, QueryCommand.class, ExportCommand.class, StatsCommand.class,
                ExplainCommand.class, RemoveCommand.class, ValidateCommand.class, EvaluateCommand.class, BenchCommand.class,
                ServeCommand.class, CompactCommand.class, MergeCommand.class, LoadCommand.class, WarmUpCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main {

    @Option(names = "--store", paramLabel = "DIR|URL",
            description = "The TDB2 store directory (default: $NEWSGRAPH_STORE or ./newsgraph-db), or for ingest, "
                    + "remove, query, export and stats the URL of a SPARQL 1.1 dataset (http://HOST:PORT/DATASET).")
    String store;

    /** The store the user chose, or the default: a directory or a URL. */
    private String storeLocation() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("NEWSGRAPH_STORE");
        return env != null && !env.isBlank() ? env : "newsgraph-db";
    }

    /** The store directory the user chose, or the default. */
    Path storePath() {
        String location = storeLocation();
        if (RemoteStore.isRemote(location)) {
            throw new IllegalArgumentException("--store " + location + ": this command needs a local store directory");
        }
        return Path.of(location);
    }

    /** Opens the store, creating it when absent (for commands that add to it). */
    TdbStore openStore() {
        return TdbStore.open(storePath());
    }

    /**
     * Opens the store, which must exist: a mistyped {@code --store} must not print an empty result
     * and leave a new store behind (or write TDB2 files into a folder of articles).
     */
    TdbStore openExistingStore() {
        Path dir = storePath();
        if (!isStore(dir)) {
            throw new IllegalArgumentException("no newsgraph store at " + dir
                    + " (create one with: newsgraph --store " + dir + " ingest FILES)");
        }
        return TdbStore.open(dir);
    }

    /** A TDB2 store directory holds its data generations as {@code Data-NNNN} directories. */
    private static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d{4}"));
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot read the store directory: " + e.getMessage(), e);
        }
    }

    /** The local or remote store, for the commands that work on either. */
    GraphStore openGraphStore() {
        String location = storeLocation();
        return RemoteStore.isRemote(location) ? RemoteStore.connect(location) : openStore();
    }

    /** The remote store, or the local one, which must exist (for commands that only read or remove). */
    GraphStore openExistingGraphStore() {
        String location = storeLocation();
        return RemoteStore.isRemote(location) ? RemoteStore.connect(location) : openExistingStore();
    }

    /**
     * Jena's node caches (Caffeine) log a fault in their background upkeep as a warning with a stack
     * trace. On a full disk that fault is the memory-mapped store failing, which the write itself
     * also hits and the ingest reports as one line naming the input; the warning would only repeat it
     * as Java internals. Held here because the logging framework keeps loggers only weakly.
     */
    private static final Logger CACHE_UPKEEP = Logger.getLogger("com.github.benmanes.caffeine");

    public static void main(String[] args) {
        CACHE_UPKEEP.setLevel(Level.SEVERE);
        System.setErr(new RecordFaultFilter(System.err));
        try {
            System.exit(commandLine().execute(args));
        } catch (OutOfMemoryError e) {
            System.err.println("newsgraph: out of memory; give Java more with NEWSGRAPH_JAVA_OPTS=-Xmx4g (now "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
            System.exit(ExitCodes.ERROR);
        }
    }

    /** Where results go as bytes (query results, exports); messages go to the same stream as text. */
    private OutputStream stdout = System.out;

    OutputStream stdout() {
        return stdout;
    }

    /** The command line on standard output and error. */
    public static CommandLine commandLine() {
        return commandLine(System.out, System.err);
    }

    /**
     * The command line writing to {@code stdout} and {@code stderr}, text in UTF-8 whatever the
     * platform default (tests pass their own streams).
     */
    public static CommandLine commandLine(OutputStream stdout, OutputStream stderr) {
        Main main = new Main();
        main.stdout = stdout;
        CommandLine cl = new CommandLine(main);
        cl.registerConverter(java.time.LocalDate.class, new IsoDate());
        cl.setOut(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter messages = commandLine.getErr();
            messages.println("newsgraph: " + e.getMessage());
            messages.flush();
            return ExitCodes.ERROR;
        });
        return cl;
    }

    /** Reports the build version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"newsgraph " + ExtractionRun.buildVersion()};
        }
    }
}
