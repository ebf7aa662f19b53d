package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.newsgraph.export.Provenance;
import org.newsgraph.export.RdfExporter;
import org.newsgraph.export.RdfFormat;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole graph as RDF.",
                "trig, nquads and jsonld keep the per-sentence graphs; turtle has no graphs, so "
                        + "--provenance reified adds one rdf:Statement per fact and source sentence (ng:extractedFrom)."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--format", defaultValue = "trig", paramLabel = "turtle|trig|nquads|jsonld",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--provenance", defaultValue = "none", paramLabel = "none|reified",
            description = "For turtle: keep each fact's source sentences as reified statements (default: ${DEFAULT-VALUE}).")
    String provenance;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        RdfFormat rdfFormat = Enums.parse(RdfFormat.class, format, "--format");
        Provenance prov = Enums.parse(Provenance.class, provenance, "--provenance");
        try (TdbStore store = main.openStore()) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(main.stdout());
                new RdfExporter().export(store, rdfFormat, prov, out);
                out.flush();
                return ExitCodes.OK;
            }
            // write beside the target and move at the end, so a failed export never leaves half a file
            Path parent = output.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(parent, ".newsgraph-export", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                new RdfExporter().export(store, rdfFormat, prov, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (UncheckedIOException e) {
            throw new IOException((output == null ? "stdout" : output) + ": " + e.getMessage(), e);
        }
        return ExitCodes.OK;
    }
}
